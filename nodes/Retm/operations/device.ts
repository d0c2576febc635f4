import { GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { retmList } from './fields';

export const deviceResource: Resource = {
	value: 'device',
	name: 'Device',
	description: 'POS devices registered to the business',
	defaultOperation: GET_MANY,
	operations: [
		// [guess] path: the devices page gives no path.
		retmList({
			name: 'Get Many',
			action: 'Get many devices',
			description: 'List the devices of the business',
			path: '/devices/list',
		}),
	],
};
