// The person or the member busy now and the matter put off until they are done (等他送完这趟再细说, 等我忙完这阵再
// 详谈, 他说送完货再来讲): an aside of the visit, nothing of the matter (see onlyAnnounced in content.ts).

/** Waiting for someone to finish what they are doing, then the telling: no matter told. */
export const PUT_OFF_ASIDE =
  /^(?:等|待)(?:他|她|我|俺|人家)?(?:们)?[^\s，,。；;]{0,6}?(?:完|好|忙完|干完|送完|跑完|回来|来了|有空|方便|下班|收工)(?:这单|这一单|这趟|这阵子?|这会儿?|手上的活|了)?(?:再|后|以后|之后)(?:来)?(?:细说|细讲|细聊|详说|详谈|说|讲|聊|谈|记|补)$|^(?:他|她)?(?:说|讲)?(?:送完|忙完|干完|跑完)[^\s，,。；;]{0,4}?(?:再|后)(?:来)?(?:细说|细讲|说|讲|找我|聊)$/;
