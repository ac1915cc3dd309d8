// Phrases of a visit or a call that told nothing of the matter (see onlyAnnounced in content.ts): the person busy and
// calling back later, the member to ask first and note it then, a long talk with nothing of it noted, a consultation
// said to have happened. Beside a matter only announced they leave the matter to be asked for.

/**
 * The person busy now, or to call back (她在忙 晚点再打给我, 他正忙着 回头打过来), the member to ask first and note it
 * after (等我问清楚再记), a talk that went on (讲了一个钟头, 讲咗成个钟), or a consultation said to have been (来咨询过):
 * nothing of the matter in them.
 */
/** The call cut or its line poor (电话信号断了, 信号不好): how the matter was missed, no matter of a phone mast. */
export const CALL_CUT = /^(?:电话)?(?:信号)(?:断了|不好|太差|差)$/;

export const TOLD_NOTHING = new RegExp(
  [
    '^(?:他|她)(?:们)?(?:在|正在|正|还在)(?:忙|上班|开车|干活)(?:着|呢)?$',
    '^(?:晚点|晚些|晚一点|等会儿?|等一下|回头|改天|过会儿?|下午|晚上|明天)(?:再|会)?(?:打给|打电话给|回电话给|打过来|打回来|联系|找)(?:我|俺|咱)?(?:们)?$',
    '^等(?:我|俺)(?:们)?(?:问清楚?|搞清楚?|弄清楚?|了解清楚|核实)(?:了|咗)?(?:再|后)(?:记|补|登记|说)$',
    '^(?:他|她)?(?:说|讲|倾|聊)?(?:了|咗)?(?:成个钟|成個鐘|一个钟头?|个把钟头?|一个多?小时|老半天|好久|好一阵|一上午|一下午)$',
    '^(?:今天|又|也|之前)?(?:来|过来|打电话来|电话)?(?:咨询|问)(?:过|了)(?:一下|一次|几次)?$',
    // 今日赶住开会没时间听完, 急着下乡没空细听: the member had no time to hear it; 先记下个电话: only the number noted;
    // 电话信号断了: the call cut. Nothing of the matter in them.
    '^(?:今天|今日|刚才)?(?:赶着|赶住|急着|忙着)[^\\s]{0,6}?(?:没|冇|没有)(?:时间|空)(?:细)?(?:听|问|说|讲)(?:完|晒|全|清)?$',
    '^先?(?:记|记下|记低|留|留下)(?:了|咗)?(?:个|一个|他的|她的)?(?:电话|号码|手机号|名字)$',
    // 让我下午再打给他细说, 叫俺晚点回他电话: the member to call back to hear it; nothing of it told yet.
    '^(?:说)?(?:让|叫|要)?(?:我|俺|咱)(?:们)?(?:今天|明天|下午|上午|晚上|晚点|晚些|回头|改天|等会儿?)?再?(?:打给|打电话给|回电话给|回个?电话给|联系|找)(?:他|她)(?:们)?(?:细说|细讲|详谈|详说|再说|说)?$',
    // 说让我帮他反映一下 (反映 taken out as the saying): the person asking the member to pass it on, nothing of it told.
    '^(?:说|讲)?(?:让|叫|请|要)(?:我|俺|咱)(?:们)?(?:帮|替|给)(?:他|她)(?:们)?(?:反映|说|讲|问|提|报)?(?:一下|一哈|下)?$',
    // 一下 left alone after 反映 was read out as the saying (帮他 | 反映 | 一下): nothing of a matter.
    '^(?:一下|一哈)$',
    CALL_CUT.source,
  ].join('|'),
);
