import { customApiCallResource } from '../../shared/customApiCall';
import type { Resource } from '../../shared/operations';
import { branchResource } from './branch';
import { customerResource } from './customer';
import { discountResource } from './discount';
import { marketResource } from './market';
import { meResource } from './me';
import { orderResource } from './order';
import { productResource } from './product';
import { paymentMethodResource, productCategoryResource } from './simpleReads';
import { tableResource } from './table';

/** Every Flavours resource the node offers. Adding an operation is one entry in one of these files. */
export const flavoursResources: Resource[] = [
	orderResource,
	customerResource,
	productResource,
	productCategoryResource,
	branchResource,
	tableResource,
	discountResource,
	paymentMethodResource,
	marketResource,
	meResource,
	customApiCallResource('Flavours', '/users/customers'),
];
