/** Words for the graph's enum values, as a reader of the report would say them. */
const WORDS: Record<string, string> = {
  COERCION: 'Coercion',
  EDUCATING: 'Educating',
  INFORMING: 'Informing',
  CONSULTING: 'Consulting',
  ENGAGING: 'Engaging',
  CO_DESIGNING: 'Co-designing',
  CO_PRODUCING: 'Co-producing',
  DOING_TO: 'Doing to',
  DOING_FOR: 'Doing for',
  DOING_WITH: 'Doing with',
  INDIVIDUAL: 'Their own care and plans',
  SOCIAL: 'Social settings (clubs, school, online)',
  FORMAL_GROUP: 'Formal groups and meetings',
  CHILD_IN_CARE: 'Children in care',
  CARE_LEAVER: 'Care leavers',
  SEND: 'Special educational needs and disabilities',
  CHILD_IN_NEED: 'Children in need',
  CHILD_PROTECTION: 'Children on a protection plan',
  YOUNG_CARER: 'Young carers',
  YOUTH_JUSTICE: 'Young people in youth justice',
  UNDER_8: 'Under 8',
  AGE_8_TO_10: '8 to 10',
  AGE_11_TO_15: '11 to 15',
  AGE_16_TO_18: '16 to 18',
  AGE_19_TO_25: '19 to 25',
  OVER_25: 'Over 25',
  UNKNOWN: 'Not known',
  YES: 'Yes',
  PARTLY: 'Partly',
  NO: 'No',
  NOT_SURE: 'Not sure',
  RECEIVED: 'Received',
  UNDER_CONSIDERATION: 'Under consideration',
  ACCEPTED: 'Accepted',
  PARTLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
  PRACTICAL: 'Practical',
  FINANCIAL: 'Financial',
  LEGAL: 'Legal',
  SAFETY: 'Safety',
  POLITICAL: 'Political',
  PARTNERSHIP_BOARD: 'Partnership board',
  CORPORATE_PARENTING_BOARD: 'Corporate parenting board',
  STANDING_GROUP: 'Standing group',
  STEERING_GROUP: 'Steering group',
  MANAGEMENT_COMMITTEE: 'Management committee',
  YOUTH_COUNCIL: 'Youth council',
  RECRUITMENT_PANEL: 'Recruitment panel',
};

/** The reader's word for an enum value (the value itself, spaced, when it is new). */
export function label(value: string): string {
  return WORDS[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** The Lundy model's four questions, in the model's order, as a young person was asked them. */
export const LUNDY_QUESTIONS = [
  { key: 'space', title: 'Space', question: 'Did you have a safe space to share your views?' },
  { key: 'voice', title: 'Voice', question: 'Were you able to say what you wanted?' },
  { key: 'audience', title: 'Audience', question: 'Did the right people listen?' },
  { key: 'influence', title: 'Influence', question: 'Did your views make a difference?' },
] as const;
