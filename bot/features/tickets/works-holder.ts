// Who holds it, as a works' form names them: a label (处理：, 跟进：), then the team or section and the person, then
// the work they do (处理：薪资组郑姐负责核对, 跟进：总务课小林对接厂商). The team says where they work; the person holds it
// (see HOLDER_PATTERNS in holder-patterns.ts).

import { DEADLINE_SHAPE } from './due-shape';
import { POST_AFTER, SURNAMES } from './people';

/** A form's label for what is done, then a team of the works, a person, and the work they take on. */
export const LABEL_TEAM_THEN_WORK = new RegExp(
  `(?:^|[\\s，,。；;])(?:处理|跟进|办理|落实|承办|经办)\\s*[:：]\\s*[\\u4e00-\\u9fa5]{1,4}?(?:组|课|科|部|办|室|班)((?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=\\s?(?:负责|跟进|核对|核实|核查|处理|对接|落实|办理|协调))`,
);

/**
 * A member of staff named by surname and post, then 他/她 promising a date (我抄送了人事刘经理 他答应周五前排好, 行政
 * 何副理 她说月底前): the one named holds it; 他 only says who promised. A surname and a post are staff, never the
 * person who raised it.
 */
export const POSTED_THEN_PRONOUN_PROMISES = new RegExp(
  `([${SURNAMES}]${POST_AFTER})\\s*[，,]?\\s*(?:他|她)(?:也|已经?|都)?(?:答应|承诺|说|讲)(?:了)?\\s*(?=(?:在|于)?(?:${DEADLINE_SHAPE.source}))`,
);
