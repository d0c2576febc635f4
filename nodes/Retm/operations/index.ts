import { customApiCallResource } from '../../shared/customApiCall';
import type { Resource } from '../../shared/operations';
import { categoryResource, groupResource, menuResource, productResource } from './menu';
import { orderResource } from './order';
import {
	orderChargeResource,
	orderTypeResource,
	paymentMethodResource,
	taxResource,
} from './settings';
import { simpleListResources } from './simpleLists';

/** Every RETM resource the node offers. Adding an operation is one entry in one of these files. */
export const retmResources: Resource[] = [
	orderResource,
	categoryResource,
	productResource,
	menuResource,
	groupResource,
	orderTypeResource,
	paymentMethodResource,
	orderChargeResource,
	taxResource,
	...simpleListResources,
	customApiCallResource('RETM', '/customers/list'),
];
