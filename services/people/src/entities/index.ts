export { PartnershipEntity } from './partnership.entity';
export { OrganisationEntity } from './organisation.entity';
export { PersonEntity } from './person.entity';
export { ConsentEntity } from './consent.entity';
