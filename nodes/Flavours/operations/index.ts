import { customApiCallResource } from '../../shared/actions/customApiCall';
import type { Resource } from '../../shared/actions/operations';
import { rewardCheckResource } from '../../shared/actions/rewardCheck';
import { branchResource } from './branch';
import { customerResource } from './customer';
import { discountResource } from './discount';
import { marketResource } from './market';
import { meResource } from './me';
import { orderResource } from './order';
import { paymentMethodResource } from './paymentMethod';
import { productResource } from './product';
import { productCategoryResource } from './productCategory';
import { tableResource } from './table';

/** Every Flavours resource the node offers, one file each, in the order the editor lists them. */
export const flavoursResources: Resource[] = [
	customApiCallResource({
		description:
			"Call any Flavours endpoint with this node's credential, retries and error messages",
		action: 'Make a custom Flavours API call',
		callDescription: 'Send a request to any path of the Flavours API',
		pathExample: '/users/customers',
	}),
	branchResource,
	customerResource,
	discountResource,
	marketResource,
	meResource,
	orderResource,
	paymentMethodResource,
	productResource,
	productCategoryResource,
	rewardCheckResource('Flavours'),
	tableResource,
];
