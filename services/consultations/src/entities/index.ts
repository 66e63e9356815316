export { ConsultationEntity } from './consultation.entity';
export { QuestionEntity } from './question.entity';
export { ParticipationEntity } from './participation.entity';
export { ContributionEntity } from './contribution.entity';
export { FindingEntity } from './finding.entity';
export { PersonProjectionEntity } from './person-projection.entity';
export { ParticipationConsentProjectionEntity } from './participation-consent-projection.entity';
export { OrganisationProjectionEntity } from './organisation-projection.entity';
