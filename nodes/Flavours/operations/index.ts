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
	customApiCallResource('Flavours', '/users/customers'),
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
