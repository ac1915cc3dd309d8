// The recording parser's neighbour (parse.ts): the categories of a 民情工单 and the words, as members across China
// say them, that point to each.

import { betweenScores, quarrelOverMasked, withoutStove } from './category-between';
import { homeCareMasked } from './category-elder';
import { herdMasked, herdScores } from './category-herd';
import { MORE_WORDS } from './category-more';
import { withoutPapers } from './category-papers';
import { readMatter } from './category-reading';

/** The categories of the seed system, in the order people see them. */
export const CATEGORIES = ['基础设施', '就业社保', '医疗', '教育', '矛盾纠纷', '环境', '其他'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Words that point to a category; the one with most hits wins, ties in {@link CATEGORIES} order. 坏 and 信号 after a
 * household thing (手机坏了, 家里电视没信号, 渔船打坏了) are not public infrastructure: those words then point nowhere,
 * and with nothing else the matter is 其他. A ditch blocked (门口那条水沟堵了) is a drain as much as a ditch, as 排水沟 is:
 * the two kinds tie and the member confirms. Matters often name no category word and say what happened instead: an
 * operation or an injury (手术, 受了伤, 摔了一跤, 肿着), the one who hires (包工头, 签合同), the term or the grade (开学,
 * 念三年级), a split or a court (分不拢, 起诉), things piled up (堆成山, 没人收拾); those words are here too, by kind
 * where a kind has many (an organ or a pain of the body, an exam or grades, a debt not repaid, a boss not paying).
 */
const CATEGORY_WORDS: Record<Exclude<Category, '其他'>, RegExp> = {
  基础设施:
    /路灯|灯(?!笼)|道路|结冰|路滑|开裂|裂缝|裂了|裂开|垮塌|倒塌|修路|路面|路坏|坑洼|坑(?!塘)|(?<!一)塌|水表|电表|表箱|水龙头|暖气|供暖|楼梯|门禁(?!卡)|积水|村道|机耕路|水泥路|减速带|人行道|(?<!(?:手机|电视|冰箱|洗衣机|空调|电脑|机顶盒|电动车|自行车|摩托车|渔船|三轮车)[^，,。；;\s]{0,3})坏|地砖|红绿灯|(?<![销出思套门问带领活]|[堆扔倒摆放丢]到|[堆扔倒摆放丢]在|走不了|走不动)路(?!子|数|口|边|旁)|桥|水管|自来水|停水|没得?水|供水|水压|停电(?![动瓶]车)|供电|电线|电杆|电线杆|线杆|高压线|线路|断电|灌溉|水渠|渠(?!道)|(?<!深)圳(?!市)|电压|排水|下水道|井盖|涵洞|网络|(?<!(?:电视|机顶盒)[^，,。；;\s]{0,2})信号|宽带|燃气|天然气|煤气|气管|管道|管子|漏气|老化|公厕|厕所|围墙|危房|漏水|漏雨|房屋|设施|健身器材|护栏|隔离栏|隔离墩|台阶|电梯|监控|停车|充电桩|公交|站台|候车亭|飞线|热水|(?<!(?:手机|电瓶|电池|电动车|电瓶车)[^，,。；;\s]{0,2})没电|跳闸|渗水|渗漏|水浸|浸水|吃水|饮水|电价|水价|用电|用水|机井|水井|滑坡|塌方|垮|停气|滴水|冲凉|机耕道|冲毁|冲断|车位|站牌|无障碍|盲道|坡道|扶手|栅栏|围栏|渍水|下水口|外墙|墙皮|班车|水箱|天花板|水泥地|地坪|起皮|冻住|冻裂|冻坏|冻上了|(?<!排)水沟(?=[^，,。；;\s]{0,3}?(?:堵|不通|塞))|窗户?(?:玻璃)?(?:碎|烂|破|掉|漏)|玻璃(?:碎|烂|破)/g,
  就业社保:
    // 刷脸认证, 老年人认证, 资格认证: the yearly check that keeps a pension or an old-age allowance paid.
    /(?:资格|刷脸|老年人|待遇|生存)认证|就业|找工作|找活|找不到活|下岗|活干|(?<!做做?|思想)工作(?!人员)|岗位|公益岗|打工|裁员|招聘|失业|社保|养老保险|养老金|退休金|低保|五保|特困|工资|欠薪|工钱|补贴|补助|救助|培训|用工|务工(?!人员子女)|招工|创业|贷款|参保|残疾|养老|困难户|公积金|加班|劳动合同|五险一金|工伤|出粮|拖粮|人工(?=[未没不拖欠])|拖欠|仲裁|老细|找工|[揾搵]份?工|辞退|开除|炒鱿鱼|干活|讨薪|包工头|工头|签合同|抚恤|退役军人|优待证|敬老院|(?:矿上|厂里|工地上?)[^，,。；;]{0,4}出了?事|扣了?押的?钱|老板[^，,。；;]{0,6}(?:没给|不给|一分)|(?:拿不到|要不到|讨不到|结不到)(?:工钱|钱)|(?<!押)扣(?:了)?(?:他|她|我)?们?的?[^，,。；;\s]{0,5}?(?:块钱|元钱|工资|工钱|奖金|提成|绩效)|被扣(?:了)?(?:工资|工钱|钱)/g,
  医疗: /看病|血压|血糖|就医|医院|医生|大夫|卫生室|卫生院|卫生所|卫生服务|复诊|门诊|挂号|打针|输液|(?<![农毒鼠虫]|[放投下]了?)药|医保|住院|体检|疫苗|慢性病|慢病|护理|康复|家庭医生|报销医|新农合|合作医疗|病|手术|转诊|治疗|[在去到][^，,。；;\s]{0,4}治(?![安理])|检查身体|做检查|体检|门特|心脏|肝|肺|肾|胃|心口|(?:[顶撞砸烫扭]|受)伤|伤了[腰腿手脚胳膊头]|(?:腰|腿|头|牙|心口|胸口|肚子)疼|受了?伤|摔伤|摔了一?跤|骨折|白内障|眼睛|肿着|疼得|痛得|晕倒|村医/g,
  教育: /上学|入学|转学|插班|中考|高考|招生|高中|初中|辍学|失学|退学|学位|学区|升学|学籍|小学|中学|大学|托管|(?:写|做|交|布置|家庭|寒假|暑假|课后)作业|作业(?:本|太多|多)|留守儿童|放学|学校|读书|教育|学费|幼儿园|辅导|校车|助学|学生|课|老师|补习|村小(?![组队])|联校|(?:务工人员|随迁|流动人口)子女|子女(?:入学|上学|读书)|住校|[一二三四五六七八九十\d]中(?=住校|上学|读书|宿舍|门口)|课外书|图书|(?:没|有)书看|看书|中职|职高|技校|中专|雨露计划|[初高][一二三]|返校|劝返|控辍保学|开学|年级|幼儿班|托儿所|念书|考上|考不上|考试|复读|成绩|营养餐|校园欺凌|欺凌|霸凌|跑操|体育课|没学上|没书读|上不起学|上不了学|暑托|托班|托管班|看护班/g,
  矛盾纠纷:
    /纠纷|矛盾|吵架|争吵|相骂|吵嘴|拌嘴|报警(?!器)|报过?110|吵起来|吵[了过]|嗌|俩家|两家|双方|动手|郁手|打人|干起来|打起来|闹矛盾|闹得|闹着|很僵|闹僵|赔|不讲理|被人占|占了|挡了|咬死|咬伤|争执|打架|邻里|宅基地(?![证审批手续])|边界|地界|赡养|继承|分家|占用|侵占|调解|扯皮|不让|堵了路|被占|霸占|对骂|骂街|骂人|咬人|押金|不退|婆媳|妯娌|劝架|劝和|劝了|谈不拢|不吵了|离婚|家暴|房租|租客|不(?:给|出)[^，,。；;]{0,4}?生活费|分得不公|不公平|不管老人|不养老人|伸到|伸过来|长过来|吵交|劝好|劝开|采光|挡光|分不拢|起诉|打官司|争了|争来争去|散伙|算不清|不认账|借[^，,。；;]{0,10}不还|欠[^，,。；;]{0,4}不还|欠(?:钱|款|货款)不给|室友|舍友|换宿舍|(?:说好|讲好|讲定|说定)[^。；;]{0,16}?(?:一分|分文)[^。；;]{0,4}?(?:给|还|付)|(?:地|田|房子?|屋)(?:托|租|借|包)给/g,
  // 往溪里丢农药瓶, 往河沟里扔: things thrown into water or onto land (not 往院子里倒灌, water backing up).
  环境: /往[^，,。；;\s]{1,6}?[里边上](?:丢|扔|倒(?!灌))|垃圾|污水|臭|脏|埋汰|装修|砸墙|影响休息|吵得|麻将|清洁|气味|难闻|异味|嘈|卫生(?![室院所站局]|服务|健康)|环境|保洁|狗屎|狗粪|粪便|坑塘|死鸡|死猪|死狗|死鱼|死鸭|烂菜|河涌|老鼠|蟑螂|蚊子|噪音|噪声|太吵|吵闹|吵到|扰民|半夜|广场舞|音响|扬尘|灰尘|粉尘|养猪|养殖|塑料袋|污染|环保|河道|水沟|绿化|焚烧|烧秸秆|粪|蚊虫|苍蝇|清理|乱堆|堆满|乱放|堆放|杂物|堆东西|油烟|杂草|蚊|烧嘢|烟熏|冒烟|烟好大|烟大|好大烟|烧荒|烧草|烧[^，,。；;\s]{1,5}?的草|尾气|废气|热车|乱停|乱摆|乱贴|堆了一堆|堆了好多|堆得|(?<=(?:楼道|过道|通道|走廊|消防通道)[^，,。；;\s]{0,8}?)堆|小广告|占道|绿地|草坪|草地|积雪|雪堆|扫雪|清雪|铲雪|渣土|鸣笛|按喇叭|味道(?:大|重|冲|难闻|好大|很大)|修剪|枯枝|树枝|堆成山|堆成堆|没人收拾|漂满|白花花|饭盒|草长得|油漆|(?:屋子|股)的?味|烧烤(?![^，,。；;\s]{0,3}油烟)|呛/g,
};

/**
 * A quarrel with another party (跟楼上两口子吵了好几回, 和邻居闹矛盾, 两家为一条沟吵): whatever it started from (a leak,
 * a wall, a ditch), the matter is now between two households, so it counts once more for 矛盾纠纷.
 */
// 漏到楼下 楼下不依 吵了好几架: the neighbours named, then a quarrel, typed word by word; 一楼的田家不同意 (加装电梯):
// the household downstairs against it.
// 俩人吵起来了, 他俩闹翻了: two people said as a pair, then the quarrel between them; 俩班组为加班费闹矛盾, 两个档口为
// 隔板吵: two teams or stalls of a works or a market, as two households are; 两家争水吵得凶: how hard they quarrel.
const QUARREL_WITH =
  /(?:俩人|两人|两个人|他俩|她俩)[^\s，,。；;]{0,4}?(?:吵|闹翻|闹掰|打起来|干起来|红脸|动手)|(?:楼上|楼下|邻居|对门|隔壁)[^，,。；;]{0,8}?(?:吵了|吵过|吵架|吵起来|不依|不让|扯皮|闹矛盾|不肯|不愿意?|不理|不认账?)|(?:跟|和|与|同)[^\s，,。；;]{1,8}?(?:吵|闹|扯皮|打架|打起来|干起来|红脸|有矛盾|起冲突)|(?:因为|为了)[^\s，,。；;]{1,12}?(?:吵|闹|相骂|扯皮|打架|打起来|干起来|红脸|起冲突)|(?:和|跟|与|同)[^\s，,。；;]{1,8}?为[^\s，,。；;]{1,12}?(?:吵|闹|争|扯皮|打起来|红脸)|(?:两家|两户|几户|几家|双方|兄弟|姐妹|子女|上下楼|楼上楼下|前后院|(?:俩|两个?|几个)(?:班组|班|组|队|工段|车间|部门|档口|摊位|拨人|伙人))[^\s，,。；;]{0,6}?为[^\s，,。；;]{1,12}?(?:吵|闹|争|打|分不拢|扯皮|堵|顶上|较劲|抢)|(?:两家|几家人?|双方|上下楼|楼上楼下|一楼二楼|一楼住户|(?:一楼|低层|二楼)的?[^\s，,。；;]{1,3}?家)[^\s，,。；;]{0,8}?(?:吵起来|谈不拢|吵了|吵得|闹得|闹掰|闹翻|翻脸|闹僵|不同意|不愿意?出钱)|吵了一架|有争议|(?:跟|和|与|同)\s?(?:邻家|邻居|隔壁|对门)[^。；;]{0,24}?(?:吵|闹|争|打起来|红脸)/;

/**
 * A neighbour the matter has been taken to (跟邻居讲了不听, 我去找 楼上 协调): whatever it is about (a leak, the noise of
 * building work), it now stands between two households, and counts once more for 矛盾纠纷.
 */
const NEIGHBOUR_TOLD =
  /(?:跟|和|与|同|找|对)\s?(?:楼上|楼下|隔壁|邻居|对门|邻家)[^\s，,。；;]{0,4}?\s?(?:讲|说|协调|沟通|理论|交涉)|(?:讲|说)[了过]?(?:也|都)?不听/;

/**
 * A neighbour's household thing that drips or leaks onto the person's (楼上空调外机滴水 天天滴到她晾的衣服上, 隔壁洗衣机
 * 漏水渗到她家): the thing is one household's, the harm another's, so it stands between two households as a told
 * neighbour does (see NEIGHBOUR_TOLD); a leak of the building itself (楼上漏水, 顶楼防水层烂了) is not it.
 */
const NEIGHBOUR_THING_DRIPS =
  /(?:楼上|楼下|隔壁|对门|邻居)(?:家|的|邻居|住户|那家)?[^，,。；;\s]{0,4}?(?:空调外机|空调|洗衣机|热水器|花盆|鱼缸|晾的?衣服)[^，,。；;\s]{0,3}?(?:滴水|漏水|往下滴|渗水|溅)/;

/** A school said as where something happens (小学操场, 学校门口): the place, not a matter of schooling. */
const SCHOOL_AS_PLACE = /(?:小学|中学|学校|幼儿园)(?=操场|门口|旁边|附近|周边|对面|边上|后面|外面|路口)/g;

/**
 * 医保 as an insurance one keeps up or signs up for (续缴医保, 医保电子凭证激活, 参保): social insurance, not a matter
 * of treatment; 医保报销 (a bill at the doctor's) stays 医疗, and so does 交医保, which writers file under 医疗.
 */
const INSURANCE_ADMIN =
  // 医保今年没续上, 医保断了: kept up no longer, the same insurance matter; 医保异地备案 (filed for care elsewhere) too.
  /医保[^，,。；;]{0,8}?(?:续缴|缴费|缴纳|交费|激活|凭证|参保|办卡|转移|断缴|停保|没续|续上|断了|没交|没缴|备案)|(?:续缴|激活|参保|断缴|备案)[^，,。；;]{0,3}医保/g;
/**
 * Animals' health (他家羊的口蹄疫疫苗, 羊的布病检测, 防疫员漏打): a herder's or a farmer's matter, not people's treatment;
 * the words of medicine said of livestock point nowhere.
 */
const LIVESTOCK_HEALTH =
  // 他家的羊防疫针还没打，怕开春得病: the animals' illness said in the next phrase too.
  /口蹄疫|猪瘟|禽流感|兽医|防疫员|(?<=(?:羊|牛|马|猪|牲畜|牲口|畜|羔|鸡|鸭|鹅)[^。；;]{0,16}?)(?:疫苗|防疫|布病|病|药|检测)/g;
/**
 * A subsidy for farming or herding (饲草补贴, 种粮补贴, 禁牧补助): an agricultural payment, not social security.
 */
// Fishing, forestry, orchards and crops are livelihoods as farming is (渔船燃油补贴, 清园补贴, 种植补贴, 橡胶林…补贴), and
// so is the heating switched over by the programme (煤改电的取暖补贴): paid for the means of living, not social security.
const FARM_SUBSIDY =
  /(?<=(?:饲草|草场|牧草|草料|草原|草畜|禁牧|种粮|农机|耕地|退耕|良种|粮食|农业|养殖|雪灾|灾后|种植|渔船|渔业|燃油|渔排|清园|病树|黄龙病|果园|林|滩羊|牛羊|取暖|煤改电|茶|苗木|树苗|果苗)[^，,。；;\s]{0,3}?)(?:补贴|补助)/g;
/**
 * A matter about a livelihood's means (a raft, an orchard, a rubber plantation, a flock): a subsidy asked for anywhere in
 * it (渔排浮球老化要换 问有没有补贴, 去年的补贴名单里冇佢家 … 病树) is for them, as FARM_SUBSIDY's are.
 */
const LIVELIHOOD = /渔排|渔船|蚵架|网箱|橡胶|病树|黄龙病|脐橙|果园|滩羊|牦牛|种植|庄稼|作物|养殖(?!场)/;
/**
 * A disease of trees and crops (黄龙病, 炭疽病, 砍了病树): an orchard's or a field's trouble, no one's treatment; the 病 in
 * it points nowhere.
 */
const CROP_HEALTH =
  /黄龙病|炭疽病|溃疡病|病虫害?|病树|(?<=(?:树|果|橙|橘|柑|芒果|稻|麦|玉米|菜|苗|茶|烟叶|庄稼|作物)[^，,。；;\s]{0,4}?)(?:病|药)/g;
/**
 * The means of a livelihood damaged (渔排台风损坏, 渔排浮球老化, 蚵架被大风打坏了, 大棚塌了): a household's own gear, not
 * public works; the words of damage after it point nowhere.
 */
const GEAR_DAMAGED = /(?<=(?:渔排|蚵架|网箱|浮球|大棚|渔船|船|养殖棚|果园)[^，,。；;\s]{0,8}?)(?:损坏|老化|坏|塌|垮|漏水|裂)/g;
/**
 * Aid for schooling (幼儿园收费太高 想问有没有补助, 学费…能不能减免): with a word of schooling in the matter, the aid asked
 * for is the school's, not a social-security benefit.
 */
const SCHOOL_AID = /(?<=(?:学费|幼儿园|上学|读书|入学|学校|学生|大学|高中|初中|小学)[^。；;]{0,16}?)(?:补助|补贴|资助|减免)/g;
/** Whom a swindler pretended to be (冒充医保局的, 假冒社保): not the matter's kind, which is the fraud. */
const IMPERSONATED = /(?:冒充|假冒|假装是?)[^，,。；;\s]{1,8}?(?:的|(?=诈骗|电话|短信))/g;

/**
 * Drug rehabilitation (戒毒康复, 社区戒毒) and theft with the camera wanted against it (砂糖橘被人偷了 想装个监控): matters of
 * public security, filed under 其他; the 康复 or the 监控 in them is no treatment and no public works.
 */
// Things that go missing (快递老丢, 电瓶车又丢了) are a theft told by its loss: the camera wanted is against it too.
const SECURITY =
  /社区戒毒康复|戒毒康复|社区戒毒|戒毒|(?<=(?:偷|盗|小偷|失窃|(?:快递|包裹|东西|电瓶车?|电动车|自行车|单车|车子)[^\s，,。；;]{0,3}?(?:老是?|总是?|经常|常常?|又|也)?(?:丢|被拿|不见))[^。；;]{0,16}?)(?:监控|摄像头)/g;

/**
 * Parcels or goods piled up (快递堆成山, 包裹堆满): a heap of things, not filth; and the family away at work (儿子闺女都在
 * 外地打工), which says why the person is alone, not an employment matter.
 */
const THINGS_PILED = /(?:快递|包裹|外卖|货)[^，,。；;\s]{0,3}(?:堆成山|堆成堆|堆满|堆得|乱堆|乱放|堆放|堆了一堆|堆了好多)/g;
const FAMILY_AWAY =
  /(?:儿子|闺女|女儿|子女|儿女|孩子|娃|老伴|儿媳)[^，,。；;\s]{0,6}?(?:在外|外出|外地|出去|南下)[^，,。；;\s]{0,3}?(?:打工|务工)/g;

/**
 * What the person was or did for years (当了三十年村小校长, 当过兵, 干了二十年赤脚医生): who they are, told before the
 * matter, not what it is about.
 */
const PERSON_WAS = /(?:当|做|干|教)(?:了|过)[^，,。；;\s]{0,8}?(?:校长|老师|教师|医生|会计|书记|村长|队长|主任|民办教师|兵)/g;

/**
 * A 班车 a child takes to school (坐班车去镇上上学, 上学的班车不停了): a school bus, as 校车 is, whatever the bus is called
 * where the family lives (a 兵团 连, a farm); a works' or a village's 班车 with no schooling said stays a bus.
 */
const SCHOOL_BUS = /班车(?=[^。；;]{0,10}?(?:上学|上课|放学|学校|读书))|(?<=(?:上学|上课|放学|学校|读书|学生)[^。；;]{0,10}?)班车/g;

/** The party's own business (党费, 组织关系): no public matter of any category, whatever brought it up (住院 回来). */
const PARTY_AFFAIRS = /党费|组织关系|党组织关系|党员证|入党/g;

/**
 * A commute bus's timetable (班车改点了 6点20就发, 通勤车只开白班 希望加一趟夜班车, 班车老是晚点): when and how often it
 * runs is the employer's or the operator's arrangement, no public works; the words of the bus (班车, 通勤车, 公交) then
 * point nowhere, and what the riders need it for (上学, 看病) or nothing decides. A stop, a shelter or a sign (班车站点
 * 没有候车棚, 公交站牌歪了) and a line stopped altogether (班车停了) stay public works.
 */
const BUS = /(?:通勤|厂车|班车)/;
const TIMETABLE = /改点|改时间|发车|班次|晚点|只开|加一?趟|赶不上|太早|太晚|\d点\d{0,2}就?发/;
const timetabled = (said: string) => (BUS.test(said) && TIMETABLE.test(said) ? said.replace(/通勤班车|通勤车|班车|公交/g, ' ') : said);

/**
 * A buyer of the household's produce (收胶的老板, 收购的老板) is no employer: what such a boss owes is the price of goods,
 * a debt between two parties, not wages; the 老板 of a buyer points to no employment.
 */
const BUYER_BOSS = /(?:收[\u4e00-\u9fa5]{0,2}的|收购的?|买[\u4e00-\u9fa5]{0,2}的)老板/g;
/**
 * A lease of land running out (承包地合同到期了, 林地承包合同到期): the household's land, no worker's contract; the
 * 合同到期 of it points nowhere, and a quarrel over it (两边意见不一样) still makes it a dispute.
 */
const LAND_LEASE_ENDS = /(?<=(?:承包地|土地|林地|条田|草场|耕地|承包)[^，,。；;\s]{0,4}?)合同到期/g;
/** Whom the member passed it on to (我帮他反映给线路科, 报给城建办): the body's name says nothing of the matter. */
const PASSED_TO = /(?:反映|反应|报|转)给[^\s，,。；;]{1,8}?(?:科|办|所|站|局|处|中心|公司)/g;

/** The matter's words with those that point elsewhere than their look taken out (a school as a place, a herd's vaccine). */
function cleaned(said: string): string {
  return withoutPapers(
    withoutStove(
      quarrelOverMasked(
        LIVELIHOOD.test(said) ? herdMasked(homeCareMasked(said)).replace(/补贴|补助/g, ' ') : herdMasked(homeCareMasked(timetabled(said))),
      ),
    )
      .replace(SCHOOL_AS_PLACE, ' ')
      .replace(LIVESTOCK_HEALTH, ' ')
      .replace(FARM_SUBSIDY, ' ')
      .replace(CROP_HEALTH, ' ')
      .replace(GEAR_DAMAGED, ' ')
      .replace(SCHOOL_AID, ' ')
      .replace(IMPERSONATED, ' ')
      .replace(SECURITY, ' ')
      .replace(THINGS_PILED, ' ')
      .replace(FAMILY_AWAY, ' ')
      .replace(PERSON_WAS, ' ')
      .replace(BUYER_BOSS, '买家')
      .replace(LAND_LEASE_ENDS, ' ')
      .replace(PASSED_TO, ' ')
      .replace(SCHOOL_BUS, '校车'),
  );
}

/** The keyword hits per category ({@link CATEGORY_WORDS} and the rules around them), and the party's own business. */
function keywordScores(text: string, options: { mediated?: boolean }): { scores: Record<Category, number>; party: number } {
  const party = text.match(PARTY_AFFAIRS)?.length ?? 0;
  const insurance = (text.match(INSURANCE_ADMIN)?.length ?? 0) * 2;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const category of CATEGORIES) {
    if (category === '其他') continue;
    // A matter between two households counts once more for 矛盾纠纷 and wins a tie with what it started from (楼上
    // 漏水 … 我去找 楼上 协调): the leak is a pipe, but what the member is asked to do is settle it between them.
    const toNeighbour = NEIGHBOUR_TOLD.test(text) || NEIGHBOUR_THING_DRIPS.test(text);
    const between = category === '矛盾纠纷' && (QUARREL_WITH.test(text) || toNeighbour) ? 0.5 : 0;
    scores[category] =
      (text.match(CATEGORY_WORDS[category])?.length ?? 0) +
      between +
      (category === '矛盾纠纷' && QUARREL_WITH.test(text) ? 1 : 0) +
      (category === '矛盾纠纷' && toNeighbour ? 1 : 0) +
      (category === '矛盾纠纷' && options.mediated ? 2 : 0) +
      (category === '就业社保' ? insurance : 0) +
      (MORE_WORDS[category] ? (text.match(MORE_WORDS[category]!)?.length ?? 0) : 0);
  }
  // A quarrel's thing, a neighbour's pastime, a tree leaning (category-between.ts).
  for (const [category, more] of Object.entries(betweenScores(text, scores))) scores[category as Category] += more;
  // A beast held back by a neighbour, trees felled, stray dogs (category-herd.ts).
  for (const [category, more] of Object.entries(herdScores(text))) scores[category as Category] += more;
  return { scores, party };
}

/** The best of the scores, ties in {@link CATEGORIES} order, with its lead over the next; 其他 when none scores. */
function best(scores: Record<Category, number>): { category: Category; most: number; lead: number } {
  let category: Category = '其他';
  let most = 0;
  let next = 0;
  for (const c of CATEGORIES) {
    const score = scores[c];
    if (score > most) {
      next = most;
      category = c;
      most = score;
    } else if (score > next) next = score;
  }
  return { category, most, lead: most - next };
}

/**
 * The kind of matter the words point to. `mediated`: the member has arranged mediation or handed it to a mediator (said
 * outside the matter), which counts twice for 矛盾纠纷: settling it between the parties is what the member will do.
 */
export function guessCategory(said: string, options: { mediated?: boolean } = {}): Category {
  const { scores, party } = keywordScores(cleaned(said), options);
  const { category, most } = best(scores);
  // Party business said more often than any one category's words is the matter (党费 交勿过来 … 代收了 党费).
  return party > most ? '其他' : category;
}

/** A toilet dirty, stinking or full (公厕太脏, 厕所坑满了 味道大, 公厕好耐冇人洗 臭): see readCategory. */
const TOILET_FOUL = /(?:公厕|厕所|旱厕|茅房|茅厕)[^。；;]{0,16}?(?:脏|臭|味|没人打扫|冇人洗|满了|没人来?抽|蛆)/;
/** A lead of the keyword hits this large needs no reading: they were fitted to what members wrote, and stand. */
const KEYWORDS_CLEAR = 0.5;
/**
 * The evidence the reading needs alone, with no keyword at all: one thing of the lexicon, or one happening (a head
 * character alone, as in 销路 or 频道, is too thin and leaves the matter 其他); and, to be sure of it, a thing and what
 * happened to it, or two things of a kind, leading the next kind by as much.
 */
const READING_ALONE = 1;
const READING_SURE = 2;

/**
 * The category of a recorded matter, and whether the words were enough to be sure of it. The keyword hits of
 * {@link guessCategory} decide where they lead; where they are silent, the matter's structure is read ({@link
 * readMatter}: the thing it is about, by the domain of a broader lexicon or by its head character, and what happened to
 * it, above the thing), so that a matter in words no list holds (抽水机烧了, 出水痘) still finds its kind. Not sure when
 * the evidence is thin or split, so the dialogue asks the member to confirm the category.
 */
export function readCategory(said: string, options: { mediated?: boolean } = {}): { category: Category; sure: boolean } {
  const text = cleaned(said);
  const { scores, party } = keywordScores(text, options);
  const keywords = best(scores);
  if (party > keywords.most) return { category: '其他', sure: true };
  // A toilet that is filthy, full or stinks: the happening is the matter's head (see HAPPENINGS), so 环境 is the guess,
  // and the member confirms it, since writers file it under either kind.
  if (TOILET_FOUL.test(text) && (keywords.category === '基础设施' || keywords.category === '环境'))
    return { category: '环境', sure: false };
  if (keywords.lead >= KEYWORDS_CLEAR) return { category: keywords.category, sure: true };
  if (keywords.most === 0) {
    const read = best({ ...readMatter(text).scores, 其他: 0 });
    return read.most >= READING_ALONE && read.lead >= READING_ALONE / 2
      ? { category: read.category, sure: read.most >= READING_SURE && read.lead >= READING_SURE / 2 }
      : { category: '其他', sure: false };
  }
  // Split between kinds: the keywords' order of the categories stands, and the member is asked to confirm it. (The
  // reading does not break ties: writers file 公厕太脏 under either kind, and a 受伤 beside 工伤 is the cause of an
  // employment matter, not a medical one.)
  return { category: keywords.category, sure: false };
}

/** A category as people write it (基础设施类, 环境卫生, 纠纷), or undefined. */
export function categoryNamed(text: string): Category | undefined {
  const word = text.replace(/类$/, '').trim();
  if (!word) return undefined;
  const exact = CATEGORIES.find((c) => c === word);
  if (exact) return exact;
  const aliases: [RegExp, Category][] = [
    [/^(基建|设施|基础)/, '基础设施'],
    [/^(就业|社保|民生保障|社会保障)/, '就业社保'],
    [/^(医疗|卫生健康|看病|医保)/, '医疗'],
    [/^(教育|上学)/, '教育'],
    [/^(矛盾|纠纷|调解)/, '矛盾纠纷'],
    [/^(环境|环卫|生态)/, '环境'],
    [/^其它|^其他/, '其他'],
  ];
  return aliases.find(([pattern]) => pattern.test(word))?.[1];
}
