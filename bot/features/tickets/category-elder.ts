// An old person's care at home asked for (装个紧急呼叫器, 申请助老服务, 适老化改造): the request is for looking after
// them, filed under 其他; the fall or the frailty told before it (摔了一跤, 腿脚不好) says why, and is no treatment.

/** A care service or device for an old person living at home. */
const HOME_CARE = /紧急呼叫器|呼叫器|一键呼叫|一键通|助老服务|助老员|居家养老上门|适老化改造|适老化/;
/** The fall or frailty said as the reason, with no injury treated (骨折, 住院, 看病 stay medical). */
// Where they fell goes with it (在厕所滑倒了: the toilet is where, not the matter).
const REASON = /(?:在[^\s，,。；;]{1,4}?)?(?:摔了?一?跤|摔倒了?|跌倒了?|滑倒了?|跌了一跤|滑了一跤)|腿脚不好|腿脚不便|行动不便/g;
const TREATED = /骨折|住院|看病|医院|手术|吃药|药/;

/** The matter with the care service and the fall told as its reason taken out, when a care service is asked for. */
export function homeCareMasked(text: string): string {
  if (!HOME_CARE.test(text) || TREATED.test(text)) return text;
  return text.replace(REASON, (m) => ' '.repeat(m.length)).replace(new RegExp(HOME_CARE.source, 'g'), (m) => ' '.repeat(m.length));
}
