export { ForumEntity } from './forum.entity';
export { SeatEntity } from './seat.entity';
export { MeetingEntity } from './meeting.entity';
export { AttendanceEntity } from './attendance.entity';
export { AgendaItemEntity } from './agenda-item.entity';
export { DecisionEntity } from './decision.entity';
export { DecisionEvidenceEntity } from './decision-evidence.entity';
export { PlanEntity } from './plan.entity';
export { ObjectiveEntity } from './objective.entity';
export { ObjectiveProgressEntity } from './objective-progress.entity';
export {
  KnownConsultationEntity,
  KnownFindingEntity,
  KnownOrganisationEntity,
  KnownPersonEntity,
} from './known.entity';
export { PartnershipProjectionEntity } from './partnership-projection.entity';
