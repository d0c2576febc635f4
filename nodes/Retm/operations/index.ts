import { customApiCallResource } from '../../shared/actions/customApiCall';
import type { Resource } from '../../shared/actions/operations';
import { rewardCheckResource } from '../../shared/actions/rewardCheck';
import { branchResource } from './branch';
import { categoryResource } from './category';
import { customerResource } from './customer';
import { deviceResource } from './device';
import { groupResource } from './group';
import { invoiceResource } from './invoice';
import { menuResource } from './menu';
import { orderResource } from './order';
import { orderChargeResource } from './orderCharge';
import { orderTypeResource } from './orderType';
import { paymentMethodResource } from './paymentMethod';
import { priceListResource } from './priceList';
import { productResource } from './product';
import { taxResource } from './tax';

/** Every RETM resource the node offers, one file each, in the order the editor lists them. */
export const retmResources: Resource[] = [
	customApiCallResource({
		description: "Call any RETM endpoint with this node's credential, retries and error messages",
		action: 'Make a custom RETM API call',
		callDescription: 'Send a request to any path of the RETM API',
		pathExample: '/customers/list',
	}),
	branchResource,
	categoryResource,
	customerResource,
	deviceResource,
	groupResource,
	invoiceResource,
	menuResource,
	orderResource,
	orderChargeResource,
	orderTypeResource,
	paymentMethodResource,
	priceListResource,
	productResource,
	rewardCheckResource('RETM'),
	taxResource,
];
