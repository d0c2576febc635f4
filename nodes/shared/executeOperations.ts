import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import {
	findOperation,
	resolveRequest,
	type ParameterReader,
	type PlatformTransport,
	type Resource,
} from './operations';

function parameterReader(context: IExecuteFunctions, itemIndex: number): ParameterReader {
	return {
		node: context.getNode(),
		itemIndex,
		get: <T>(name: string, fallback?: T) =>
			context.getNodeParameter(name, itemIndex, fallback) as T,
	};
}

/** Runs the chosen operation once per input item; every output item is paired with its input. */
export async function executeOperations(
	context: IExecuteFunctions,
	resources: Resource[],
	transport: PlatformTransport,
): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = context.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const pairedItem = { item: itemIndex };
		try {
			const resource = context.getNodeParameter('resource', itemIndex) as string;
			const operationName = context.getNodeParameter('operation', itemIndex) as string;
			const operation = findOperation(resources, resource, operationName);
			if (!operation) {
				throw new NodeOperationError(
					context.getNode(),
					`The operation "${operationName}" is not available for "${resource}"`,
					{ itemIndex },
				);
			}
			const request = resolveRequest(operation, parameterReader(context, itemIndex));
			const records =
				request.kind === 'list'
					? await transport.list(context, request.path, {
							qs: request.qs,
							limit: request.limit,
							itemIndex,
						})
					: transport.unwrap(
							await transport.request(context, request.method, request.path, {
								qs: request.qs,
								body: request.body,
								itemIndex,
								fromFields: request.fromFields,
							}),
						);
			const results =
				request.kind === 'single' && records.length === 0 ? [{ success: true }] : records;
			output.push(...results.map((json) => ({ json, pairedItem })));
		} catch (error) {
			if (context.continueOnFail()) {
				const failure = error as NodeApiError;
				output.push({
					json: {
						error: failure.message,
						...(failure.description ? { description: failure.description } : {}),
					},
					pairedItem,
				});
				continue;
			}
			throw error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		}
	}
	return [output];
}
