/**
 * How one applies for a thing, or where it is reported ("纪念章怎么申请，到哪里报"), asked of a fact that names the
 * thing but no route to it (who is given it, on what condition): the fact answers the topic, not the ask. The asker
 * would read who qualifies as how to apply; a refusal (the handbook does not say the route) is the honest reply.
 */

/** An ask of the route: how to apply, or where and to whom it is reported or applied for. */
const ASKS_ROUTE =
  /(?:怎么|如何|怎样|咋|咋样|哪样)(?:去|来)?(?:申请|申报|报上去|办理申请)|申请(?:流程|程序|手续|步骤)|(?:到|去|在|找|向|往)(?:哪里|哪儿|哪|谁|哪个部门)(?:报|申报|申请|领)/;

/** A record that states a route: someone applies, reports or is reported, or the steps are given. */
const STATES_ROUTE = /申请|申报|报[上经送请批备]|报送|提出|程序|步骤|手续|办理|上报/;

/** Whether the asking words ask how to apply for a thing, or where it is reported. */
export function asksApplyRoute(asking: string): boolean {
  return ASKS_ROUTE.test(asking);
}

/** Whether a fact's answer sentence states how the thing is applied for or reported (its steps, a body it goes to). */
export function statesApplyRoute(answer: string): boolean {
  return STATES_ROUTE.test(answer);
}
