import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IN8nHttpFullResponse,
	type INodeProperties,
} from 'n8n-workflow';

import type { AnswerRequest, Resource } from './operations';
import type { ParameterReader } from './parameters';

// RETM and Flavours document the same reward contract: the platform posts a code and waits (10 s)
// for `{data: reward, errors: []}`, or a 400 `{data: [], message, errors: []}` for a code refused.

const onAccept = { show: { answer: ['accept'] } };

const answerFields: INodeProperties[] = [
	{
		displayName:
			'Set the trigger\'s Respond to "When the Workflow Answers": this node then sends the answer, and no Respond to Webhook node is needed.',
		name: 'answerNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Answer',
		name: 'answer',
		type: 'options',
		options: [
			{
				name: 'Accept the Code',
				value: 'accept',
				description: 'Give the discount set below',
			},
			{
				name: 'Refuse the Code',
				value: 'refuse',
				description: 'Tell the cashier the code cannot be used, with the message below',
			},
		],
		default: 'accept',
		description: 'Whether the code may be used',
	},
	{
		displayName: 'Discount On',
		name: 'discountOn',
		type: 'options',
		options: [
			{ name: 'Some Products', value: 2 },
			{ name: 'The Whole Order', value: 1 },
		],
		default: 1,
		description:
			'Whether the discount applies to the whole order or only to the products listed below',
		displayOptions: onAccept,
	},
	{
		displayName: 'Discount Type',
		name: 'discountType',
		type: 'options',
		options: [
			{ name: 'Fixed Amount', value: 'amount' },
			{ name: 'Percentage', value: 'percentage' },
		],
		default: 'percentage',
		description: 'Whether the discount is a percentage of the price or an amount in SAR',
		displayOptions: onAccept,
	},
	{
		displayName: 'Discount',
		name: 'discountAmount',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 10,
		description: 'The percentage, or the amount in SAR, taken off',
		displayOptions: onAccept,
	},
	{
		displayName: 'Maximum Discount',
		name: 'maxDiscountAmount',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The most the discount may take off, in SAR; 0 for no limit',
		displayOptions: onAccept,
	},
	{
		displayName: 'Allowed Products',
		name: 'allowedProducts',
		type: 'string',
		default: '',
		placeholder: 'e.g. 101, 102',
		description:
			'The IDs of the products the discount applies to, separated by commas; empty for all products',
		displayOptions: onAccept,
	},
	{
		displayName: 'Customer Phone',
		name: 'customerNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0551234567',
		description: 'The phone number of the customer the reward belongs to, if it belongs to one',
		displayOptions: onAccept,
	},
	{
		displayName: 'Button Label',
		name: 'buttonLabel',
		type: 'string',
		default: 'Apply',
		description: 'The text of the button the cashier presses to apply the reward',
		displayOptions: onAccept,
	},
	{
		displayName: 'Button Label (Arabic)',
		name: 'buttonLabelAr',
		type: 'string',
		default: 'تطبيق',
		description: 'The same text in Arabic',
		displayOptions: onAccept,
	},
	{
		displayName: 'Button Link',
		name: 'buttonUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://loyalty.example.com/rewards',
		description: 'A page the button opens; empty for none',
		displayOptions: onAccept,
	},
	{
		displayName: 'Close After Pressing',
		name: 'closeModal',
		type: 'boolean',
		default: true,
		description:
			"Whether the reward window on the cashier's screen closes when the button is pressed",
		displayOptions: onAccept,
	},
	{
		displayName: 'Message',
		name: 'refusalMessage',
		type: 'string',
		default: 'This code is not valid',
		required: true,
		description: 'What the cashier sees',
		displayOptions: { show: { answer: ['refuse'] } },
	},
];

/** The platform's answer to a reward check, from the node's fields. */
export function rewardAnswer(params: ParameterReader): IN8nHttpFullResponse {
	if (params.get<string>('answer', 'accept') === 'refuse') {
		return {
			statusCode: 400,
			headers: { 'content-type': 'application/json' },
			body: { data: [], message: params.get<string>('refusalMessage', ''), errors: [] },
		};
	}
	const allowed = String(params.get<string>('allowedProducts', '') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const data: IDataObject = {
		type: Number(params.get<number>('discountOn', 1)),
		is_percentage: params.get<string>('discountType', 'percentage') === 'percentage',
		customer_number: params.get<string>('customerNumber', ''),
		discount_amount: params.get<number>('discountAmount', 0),
		max_discount_amount: params.get<number>('maxDiscountAmount', 0),
		allowed_products: allowed,
		button: {
			label: {
				en: params.get<string>('buttonLabel', ''),
				ar: params.get<string>('buttonLabelAr', ''),
			},
			url: params.get<string>('buttonUrl', ''),
			close_modal: params.get<boolean>('closeModal', true),
		},
	};
	return {
		statusCode: 200,
		headers: { 'content-type': 'application/json' },
		body: { data, errors: [] },
	};
}

/**
 * A trigger of this package before this node that acknowledges at once has answered already: the
 * reward would be lost without a word, so the run stops and says which setting to change.
 */
function refuseIfTriggerAnswersAtOnce(context: IExecuteFunctions, itemIndex: number) {
	const node = context.getNode();
	const parents = context.getParentNodes(node.name, { includeNodeParameters: true });
	const trigger = parents.find(
		(parent) => /\.(retm|flavours)Trigger$/.test(parent.type) && !parent.disabled,
	);
	// Without its parameters (an n8n that does not give them) nothing is known, so nothing is refused;
	// with them, a Respond left out is n8n's default for it, Immediately.
	if (!trigger?.parameters) return;
	if ((trigger.parameters.respond ?? 'onReceived') === 'onReceived') {
		throw new NodeOperationError(node, `"${trigger.name}" has already answered the reward check`, {
			itemIndex,
			description: `Open "${trigger.name}" and set Respond to "When the Workflow Answers", so the platform waits for this node's answer.`,
		});
	}
}

/** Sends the answer to the waiting platform and returns it, so the run shows what was said. */
export function sendRewardAnswer(
	context: IExecuteFunctions,
	params: ParameterReader,
	itemIndex: number,
): IDataObject {
	refuseIfTriggerAnswersAtOnce(context, itemIndex);
	const response = rewardAnswer(params);
	context.sendResponse(response);
	return { answered: true, statusCode: response.statusCode, body: response.body as IDataObject };
}

const answerRequest: AnswerRequest = { kind: 'answer' };

/** The Reward Check resource of a platform whose reward checks wait for the workflow's answer. */
export function rewardCheckResource(platform: string): Resource {
	return {
		value: 'rewardCheck',
		name: 'Reward Check',
		description: `Answer ${platform}'s questions about reward and coupon codes`,
		defaultOperation: 'answer',
		operations: [
			{
				value: 'answer',
				name: 'Answer',
				action: 'Answer a reward check',
				description: `Accept the code with a discount, or refuse it, as the answer ${platform} is waiting for`,
				fields: answerFields,
				request: answerRequest,
			},
		],
	};
}
