import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { findOperation, type PlatformTransport, resolveRequest, type Resource } from './operations';
import { parameterReader } from './parameters';
import { sendRewardAnswer } from './rewardCheck';

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
			const params = parameterReader(context, itemIndex);
			if (operation.request.kind === 'answer') {
				output.push({ json: sendRewardAnswer(context, params, itemIndex), pairedItem });
				continue;
			}
			const request = resolveRequest(operation, params);
			const sent = await transport.send(context, request, itemIndex);
			const simplifier = operation.simplify;
			let records = sent;
			if (simplifier && params.get<boolean>('simplify', false)) {
				// Read once: n8n resolves a parameter anew on every read.
				const simplifying = { defaultCountryCode: params.get<string>('defaultCountryCode', '') };
				records = sent.map((record) => simplifier.record(record, simplifying));
			}
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
