// The words people are named and described by: surnames, Yi clans and Tibetan names, kin and address words, roles,
// posts before and after a name, and the name shapes built from them.

/**
 * The clan names of the Yi (彝族) of 凉山 and 乌蒙山 most often met (吉克, 曲比, 阿苏, 沙马, 海来…): a name is the clan
 * then a given name of two characters (吉克阿牛, 海来木呷), and no Han surname's rule reads it whole.
 */
export const YI_CLANS =
  '吉克|吉伍|吉木|吉尔|吉史|吉狄|吉列|曲比|曲木|曲莫|阿苏|阿西|阿约|阿尔|阿克|阿侯|阿鲁|阿力|阿说|沙马|海来|马海|俄底|俄木|勒格|日火|瓦扎|巴莫|罗洪|果基|苏呷|莫色|井曲|加拉|比曲|金古|马黑|木乃|八且|拉马|克其';
/** What follows a clan's name and is no given name: the clan's household (吉克家), a word of the clause (吉克当场调解). */
const YI_NOT_GIVEN =
  '当场|现场|当即|马上|立即|尽快|今天|明天|后天|负责|跟进|处理|调解|协调|一起|[家的他她们在是也就都又还要想去来说讲话和跟与同找反]';
/** Common surnames: a person's name starts with one (王大爷, 孙二柱, 老刘). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
  // Surnames common in the north and in Shandong (于, 闫, 侯, 邱, 亓, 逄, 鞠, 蔺), missed before.
  '于闫侯邱蔺芮冀郦訾逯扈晁鄢禹荆仝帅綦尉亓逄鞠钮贝郗郜鄂睢' +
  // Guizhou (班, 粟) and Cantonese (冼) surnames.
  '班粟冼' +
  // Common in Fujian, Guangdong and Taiwan (洪, 赖, 萧) and everywhere (傅), missed before: 请洪建华组织调解 read no one.
  '傅洪赖萧' +
  // Hui surnames of Ningxia and Gansu (海, 锁, 纳, 撒), missed before: 海秀英反映 read no one.
  '海锁纳撒' +
  // Korean surnames of 延边 (朴, 玄), missed before: 朴美玉 反映 read no one.
  '朴玄' +
  // Hui surnames of 青海 and 甘肃 (冶, 妥, 喇) and the Yao surname 盘 (湘桂粤 hills), missed before: 冶福林反映 read 福林.
  '冶妥喇盘' +
  // 楼 (common in 义乌, 金华, 东阳: 楼大哥, 村民楼成林), missed before; the words it starts (楼上, 楼道) are NOT_NAMES.
  '楼';

/**
 * Words a building's parts and places make with 楼 (楼上, 楼道, 楼组长, 楼下): 楼 is a surname too (楼大哥, 村民楼成林),
 * never where one of these starts.
 */
const BUILDING_WORD =
  '楼(?:上|下|道|顶|梯|里|前|后|房|栋|层|长|门|口|内|外|间|体|盘|宇|阁|主|面|板|院|边|旁|头|座|号|的|了|有|是|都|也|还|又|没|不|太|很|要|会|被|把|和|跟|与|在|大门|台|管|底|侧|群|区|龄|市|花|兰|高|低|老旧|老化|旧|新|周|东|西|南|北|中|一|二|两|三|四|五|六|七|八|九|十|\\d|幢|单元|管家|委|组|洞|缝|墙|角)';
/**
 * Words that start with a surname's character and are not a name (明天去看, 马上去, 高压线): never a person, so
 * neither the raiser nor the holder.
 */
export const NOT_NAMES =
  '(?:今|明|后|昨|前)(?:天|日|早|晚|年|个|儿)|马上|立即|立刻|尽快|赶紧|抓紧|及时|一起|同时|上门|上面|下面|上午|下午|中午|晚上|早上|全部|全体|全村|相关|有关|关于|时候|高压|方便|安全|路灯|水管|龙头|黄色|白天|任何|管理|万一|和谐|幸福' +
  // Words a member writes after 让/请/叫 or before 负责 that start with a surname's character (让安装自来水, 请师傅来修).
  '|安装|安置|安排|申请|申报|师傅|施工|房东|房主|车主|车辆|司机|司法|全员|周边|周围|周末|高龄|农户|农民|单位|商户|商家|明白|平安|包工|路人|路过|常住|连夜|严格|花钱|金额|钱款|石头|边上|卫生|应该|时间|和好|温度|康复|简单|程序|党员|成员|解决|游客|毛病|池塘|沙子|余款|江边|田地|商量|洪水|范围|都是|易燃|文明|水电' +
  // Places around a house or a road that start with a surname's character (路口那个井盖, 房顶漏了), and words of 于/帅;
  // 车子 and 全面 (安排车子接送, 3月10号前全面检修): a thing and a manner, never whom the work is given to.
  // Words starting with the Hui surnames' characters (海边, 锁门, 纳入, 撒农药).
  '|朴素|朴实|玄关|玄机|冶炼|冶金|盘子|盘点|盘查|盘问|盘山|盘活|盘算|盘路|盘下|盘了|盘扣|喇叭|海边|海里|海鲜|海水|海上|海关|海外|海岸|海产|海带|海拔|海报|海绵|海运|锁门|锁头|锁住|锁上|锁了|锁坏|锁芯|锁着|纳入|纳税|纳凉|纳闷|撒了|撒农药|撒药|撒种|撒谎|撒网' +
  // 走访3组时有群众讲: 时 closing a time said after a place (时有, 时常) starts no name.
  // A building's parts and places (楼上漏水, 楼道灯, 楼顶, 楼长), which start with the surname 楼's character.
  // Not 楼组长 (a post, Shanghai's head of a building's residents), which the post readers take before the name after it.
  `|(?!楼组长)${BUILDING_WORD}` +
  '|时有|时常|时不时' +
  // 十号左右处理完: about then, said after a day (左 is a surname's character).
  '|左右' +
  // 要请假回去, 请假条: leave asked for (请假), never someone asked to go (假 is a surname's character).
  '|假(?:回|去|条|期|单|了|都|也|不|没|扣|被|要|的)' +
  // An illness or a height said after the person (潘阿婆 住7号宿舍 高血压, 高烧不退, 高空抛物): 高 starts no name there.
  '|高血|高烧|高热|高空|高温|高处' +
  '|车子|全面|全力|全程|纪检|纪委|查清|查看|查询|查明|查实|查找|查一|孙子|孙女|孙儿|孙媳|路口|路边|路上|路旁|路段|路面|河边|河里|池边|田边|田里|车库|车棚|车位|房顶|房子|房间|于是|于今|帅哥|帅气|班主任|班长|班级|班车|班子';

/** A person's name, with or without a post after it: 韩立新, 小周, 梁振华主任. */
// 黄校长, 蒙社长 (a cooperative's head), 刘院长, 张园长, 刘厂长: heads of a school, a cooperative, a clinic, a
// kindergarten, a works, who take on a matter too.
// 连长, 指导员, 排长, 场长: the posts of a 兵团 连 or a state farm (刘指导员, 马场长), as 村长 is a village's.
export const POST_AFTER =
  '副?(?:主任|书记|支书|委员|组长|会计|专干|护士长|站长|所长|科长|课长|队长|经理|副理|协理|民警|社工|校长|社长|院长|园长|厂长|馆长|局长|镇长|乡长|村长|连长|排长|指导员|场长)';
/**
 * Tibetan given names most often met (扎西, 次仁, 卓玛, 格桑…), one or two of them together (次仁拉姆, 扎西多吉): no Han
 * surname's rule reads them, and 格 (格桑阿妈) or 白 (白玛) would be read as a surname, cutting the name.
 */
// 四郎, 泽郎, 降措, 洛绒, 拥忠: names of 康巴 (甘孜, 昌都), written with their own characters (郎, 降, 绒, 呷).
export const TIBETAN_NAMES =
  '扎西|次仁|卓玛|卓嘎|拉姆|多吉|格桑|央金|尼玛|达瓦|平措|顿珠|旦增|索朗|德吉|白玛|普布|强巴|洛桑|曲珍|益西|仁增|边巴|巴桑|米玛|琼达|群培|罗布|次旦|拉巴|贡布|扎巴|泽仁|卓嘎|措姆|德央|央宗|曲扎|' +
  '四郎|泽郎|降措|降泽|降初|洛绒|拥忠|格勒|彭措|志玛|翁姆|仁青|斯朗|邓珠|呷绒|根呷|泽翁|郎加|洛让|泽让|格绒|阿旺';
/** Words that start as a Tibetan name does and name no one: the greeting 扎西德勒, the flower 格桑花, 多吉利 (多 吉利). */
export const NOT_TIBETAN_NAME = '扎西德勒|格桑花|多吉利';
export const TIBETAN_NAME = `(?!${NOT_TIBETAN_NAME})(?:${TIBETAN_NAMES}){1,2}`;
// 曲比拉则, 吉克阿牛: a Yi name (see YI_CLANS) is read whole, before its clan's first character reads as a surname.
export const PERSON = `(?!${BUILDING_WORD})(?:(?:${YI_CLANS})(?!${YI_NOT_GIVEN})[\\u4e00-\\u9fa5]{2}|(?:(?:老|小)[${SURNAMES}]|[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?|阿(?![姨婆伯叔公嫂妈爸])[\\u4e00-\\u9fa5])(?:${POST_AFTER})?|[${SURNAMES}]${POST_AFTER})`;
/** A post after the name (黄志强副主任, 梁振华主任) is not part of it; 王主任 keeps its post, the name being the surname alone. */
// 蓝副主任 is 蓝 the deputy: 副 belongs to the post, never to the name.
export const POST_AFTER_NAME = new RegExp(`^([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?<!副)${POST_AFTER}$`);

/** A post or a body said before a person's name (网格长老周, 村委会主任李强, 社区小张); taken off by HOLDER_ROLE. */
// Not the 办 of asking how (想问家庭医生签约咋办 王大夫…): no office.
export const POST_BEFORE =
  // 支委, 村委委员 (a member of the branch's or the village's committee, 交给支委谢春生同志): a post as 委员 is.
  '社区|村里|村上|(?:党|支|村|居)委委员|支委|两委干部|村委会?|居委会?|后勤|工会|物业|[\\u4e00-\\u9fa5]{0,4}?(?:联系人|负责人|对接人)|[\\u4e00-\\u9fa5]{1,4}?(?:部|科|处|(?<![咋怎么好难])办)|[\\u4e00-\\u9fa5]{2,4}?(?<![上下功讲听逃旷补选停代网体])课|[\\u4e00-\\u9fa5]{0,6}?(?:员|长|主任|主席|干部|会计|书记|支书|专干|干事|文书|电工|民警|社工|经理|管家|主管|领班|宿管)|' +
  // A cooperative (村合作社蒙社长) and a line of government work (教育口的刘老师, 民政口小李) the member belongs to.
  '[\\u4e00-\\u9fa5]{0,4}?合作社|(?:教育|民政|卫健|卫生|社保|人社|住建|城建|农业|水利|司法|政法|宣传|组织)口|' +
  // A unit or a trade before the name (驻村工作队张队长, 卫生站小杨, 村医郭晓燕).
  // A works' team named by its work (热力公司维修班张班长, 抢修班老李): not a shift (上班, 加班, 值班, 夜班).
  '[\\u4e00-\\u9fa5]{1,6}?(?:队|站|所|中心|委会|公司|厂(?!方)|(?<![上下加值早晚夜中白跟换轮倒排当搭坐领])班)|[\\u4e00-\\u9fa5]{0,4}?(?:村医|医生|大夫|护士|老师|律师)|' +
  // A school or a clinic the head or the doctor works at (镇中心校李校长, 乡卫生院刘院长).
  '[\\u4e00-\\u9fa5]{0,4}?(?:中心校|学校|小学|中学|幼儿园|卫生院|医院)|' +
  // An adviser by trade before the name (村法律顾问李律师, 法律顾问王某): the post they are asked to act in.
  '[\\u4e00-\\u9fa5]{0,4}?顾问';
/** How the name of a unit that can hold a 工单 ends: 城管中队, 交通站, 第二党支部, 社区物业. */
export const UNIT_SUFFIX = '支部|党委|委员会|村委|居委|中队|大队|站|所|办|科|局|中心|院|部|工会|公司|物业|服务队';

/** A holder named by a post or a body, not a person (村会计, 物业经理, 城管, 民政办). */
export const BODY_OR_POST = new RegExp(
  `(?:员|长|主任|书记|支书|会计|干部|专干|干事|文书|电工|民警|社工|经理|管家|委员|医生|村医|老师|律师|师傅|志愿者|者|组|团|队|班子|[sS][iI][rR]|${UNIT_SUFFIX}|委|会)$|^(?:物业|城管|民政|社区|村里|村委|居委|街道|派出所|司法所|供电|水务|燃气|住建|交警|环卫|卫健|医保|社保|人社|教育|妇联|团委|残联|工会|调委会|两委|村两委|网格)[\\u4e00-\\u9fa5]{0,2}$`,
);
/** When the person came, said between the name and coming to the member (张铁柱上午找俺, 今儿个又来找我). */
export const VISIT_TIME = '今天|今儿个?|今早|上午|下午|早上|晚上|中午|刚才|刚刚|昨天';
/** Kin and polite words after a surname: 王大爷, 刘婶, 陈先生, 张老汉. Longer first. */
export const KIN =
  // Cantonese sir after a surname (梁sir, 陈Sir).
  '[sS][iI][rR]|' +
  // Korean words for an old mother and father after the full name (朴顺子阿妈妮, 金哲洙阿爸吉), as 延边 speaks.
  '阿妈妮|阿爸吉|阿妈尼|阿巴吉|阿妈|阿爸|' +
  // An old woman or man said with 老 after the full name (王改莲老婆婆): how the member calls her, not the matter.
  '老婆婆|老奶奶|老爷爷|老大爷|老大娘|大伯|' +
  // 老太婆 (an old woman, as 湘赣 and 江浙 villages call her: 周家老太婆), before 老太 is read and 婆 left in the matter.
  // 阿公 (grandfather, Hakka, Cantonese, Hainan) after the surname (吴阿公), as 阿婆 is.
  '老太婆|阿公|' +
  // 伯公, 叔公, 伯婆, 叔婆 (Hakka, Cantonese: an old man or woman of the grandparents' age) after the surname (古伯公).
  '伯公|叔公|伯婆|叔婆|' +
  // 老倌 (Jiangxi, Hunan: an old man), after the name (贺春生老倌).
  '老倌|' +
  // A 兵团 连's political instructor, called by the surname and the post as a teacher is (刘指导员).
  '指导员|' +
  // Shanghai and Wu (爷叔, 老伯伯, 好婆, 姆妈), the northeast (大兄弟, 老妹儿, 老姨).
  // 大爹, 爹爹 (an old man, as 海南, 湖南 and 湖北 call him: 王大爹), as 大爷 is.
  '爷叔|老伯伯|老伯|老阿姨|好婆|姆妈|阿爷|阿奶|阿叔|阿舅|大兄弟|老妹儿|老妹|老嫂子|老姨|老叔|老舅|老婶|大爷|大爹|爹爹|大娘|大妈|大婶|大嫂|大哥|大姐|大叔|阿姨|阿婆|奶奶|爷爷|婆婆|老汉|老头儿?|老太太?|老爷子|婶子|婶儿|婶|嫂子|嫂|叔叔|叔|伯伯|伯母|伯娘|伯|舅舅|舅妈|舅|姑姑|姑父|姑娘|姑|姨夫|姐夫|先生|女士|小姐|老师傅|老师|师傅|医生|大夫|同学|姐|哥|嬢嬢|孃孃|娘娘|嬢|孃|幺妹|幺爸|幺叔|姨妈|姨|婆(?!家)|太太|太(?![多大远少高低久贵吵脏臭差难])|生(?![病活产日意气])';
/** Kin counted by birth order (马二婶, 孙二嫂, 杨三叔) or said of a child or a house (小磊奶奶, 老张家媳妇, 王家老大). */
// 满 is the youngest in Hunan, Jiangxi and Hakka speech (满妹, 满崽, 满叔), as 幺 is in Sichuan.
const ORDER = '[大二三四五六七八九幺小满]';
/** What follows a birth order in a nickname: 二娃, 幺妹, 三毛, 二丫头, 大柱子. */
const NICK = '娃子|娃儿|娃|妹儿|妹子|妹|毛|狗娃|狗|丫头|丫|妞|柱子|柱|蛋|宝';
export const KIN_OF = '姆妈|媳妇儿?|儿媳妇?|闺女|婆娘|老伴|奶奶|爷爷|姥姥|姥爷|外婆|外公|妈妈|爸爸|妈|爸|娘|婆|爷|奶|爹';
/** What a person is called before or instead of the name: 村民孙二柱, 独居老人周奶奶, 退伍老兵周德福. */
export const ROLE =
  '来访群众|来电群众|来访|来电|留守(?:儿童|娃儿|娃子|娃|孩子?|妇女)的?|矿嫂|军嫂|渔嫂|船嫂|退休职工|' +
  // What the person is said to be before the role (退休老职工, 流动党员, 下岗工人): part of the description.
  '(?:退休|离休|下岗|失业|流动|返乡)(?=[\\u4e00-\\u9fa5]{0,2}(?:职工|工人|党员|教师|干部|人员|军人|老人|医生|护士|工程师|会计|老师))|' +
  // The post one retired from, after 退休 (退休干部史某, 退休医生韩某): what the person was, not a post they hold now.
  // Not 老师 of 老师傅 (退休老师傅赵德胜: an old master worker, then the name; 傅 starts no name there).
  '(?<=退休|离休)老?(?:干部|医生|护士|工程师|会计|老师(?!傅))|离退休人员|职工|' +
  // A post of a 兵团 连 before a full name (指导员刘芳, 副连长马军): who the person is there, the name is who raised it.
  `(?:副)?(?:连长|指导员|排长|班长)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A village's or a community's post before a full name (村支书刘芳说…, 会计刘芳, 村医刘芳): who the person is there,
  // the name is who raised it (as a holder, the holder patterns read the post off first).
  `(?:村|社区)?(?:党支部)?(?:副)?(?:支书|书记|主任|会计|文书|村医|委员|妇女主任|治保主任|监委会主任)(?=[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:说|讲|反映|反应|问|提|[\\s，,]))|` +
  // A workplace's department before a worker's full name (质检部杨建国, 注塑车间覃海波): where they work, not who.
  `[\\u4e00-\\u9fa5]{1,3}?(?:部|车间)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // What the household does or went through (砂糖橘种植户, 易地搬迁户, 生猪养殖户), longer than the 户 words below.
  '[\\u4e00-\\u9fa5]{0,4}?(?:种植|养殖|搬迁|承包|经营|专业|移民|脱贫|监测)户|[\\u4e00-\\u9fa5]{0,2}员工|工友|老两口|两口子|老夫妻|夫妻|夫妇|[\\u4e00-\\u9fa5]{0,2}(?:户|教师|职工|工人|军人|司机)|村民|居民|群众|业主|租户|住户|' +
  // A job at the gate or the door, said instead of a name (保安师傅, 门卫大爷): not 安师傅.
  // A trade said with 师傅 before a full name (装修师傅陈某): what the person does, the name after it.
  `[\\u4e00-\\u9fa5]{0,4}?师傅(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // The works' guards by their post or office (保安队长老韩, 保卫科老丁), before a name as 保安 is.
  `(?:保安|保卫|安保)(?:队长|班长|队员|科|处)(?=(?:老|小|阿)?[${SURNAMES}])|` +
  // A worker's post at a works, a wharf or a market (理货员小包, 叉车班长老韩, 调度员小邓, 仓管组长老谷), said before the
  // name the person is called by: what they do there, the name after it. Not the branch's own staff (网格员, 协管员,
  // 调解员, 信息员), who are handed the matter rather than bring it.
  `[\\u4e00-\\u9fa5]{0,4}?(?<!网格|协管|调解|信息|联络|宣传|专职|指导|委|干|党|人|成|学|会|官|议|演|职|雇|队|社)(?:员|班长|组长|工长|段长|领班|主管)(?=(?:老|小|阿)[${SURNAMES}])|` +
  '保安|门卫|快递员|快递小哥|外卖员|清洁工|' +
  // The people of a scenic area, a station or a forest farm, said before the name as 村民 is (游客刘先生, 导游小吴,
  // 乘客钱阿姨, 护林员小韩, 香客王婆婆): who the person is there, the name after it.
  '游客|导游|讲解员|乘客|旅客|香客|驴友|护林员|巡护员|管护员|巡山员|售票员|检票员|' +
  // Riders and tenants (骑手老孙, 租客小何), a boat's master (船老大阿福), and the head of a delivery or express station
  // (外卖站长老吴): what the person does or is, said before the name.
  `骑手|租客|房客|船老大|[\\u4e00-\\u9fa5]{0,3}?(?:站长|店长)(?=(?:老|小|阿)[\\u4e00-\\u9fa5])|` +
  // A young person of the village said so before the name (青年泽郎, 返乡青年小程), as 村民 is.
  '(?:返乡|待业|回乡|农村)?青年(?![团节])|' +
  // 后生 (a young man, in 陕北, 晋, 客家 and 粤 speech: 返乡后生, 后生仔) before the name, as 青年 is.
  `(?:返乡|待业|回乡|村里的?)?后生(?:仔|娃)?(?=(?:老|小|阿)?[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A trade said before the name (渔民林阿伯, 码头装卸工小吴, 菜农老张).
  '(?:老)?(?:渔民|农民|牧民|牧户)|船民|菜农|果农|茶农|渔户|摊主|摊贩|店主|档主|' +
  // A trader at a market, from here or elsewhere (外地客商小何, 义乌商户老金), said before the name as 摊主 is.
  '[\\u4e00-\\u9fa5]{0,3}?(?:客商|商户|经营户)|[\\u4e00-\\u9fa5]{0,6}?(?:老板娘|老板)|[\\u4e00-\\u9fa5]{0,3}(?:装卸|搬运|环卫|保洁|临时|农民|钟点|建筑|零|散|派遣|劳务|合同|外包|实习)工|' +
  // A work team the person is in (装卸队老韩, 搬运队的刘师傅), said before the name as the trade is.
  `[\\u4e00-\\u9fa5]{0,3}?(?:装卸|搬运|运输|施工|工程|建筑|环卫|保洁)队(?=的?(?:老|小|阿)?[${SURNAMES}])|` +
  // Someone speaking for others (员工代表, 居民代表) and delivery riders (外卖小哥).
  '[\\u4e00-\\u9fa5]{0,2}代表|[\\u4e00-\\u9fa5]{0,2}小哥|' +
  // A trade ending in 工 (退休矿工, 下岗女工, 老纺织工), and the widow or family of one (矿工遗孀, 老职工遗属, 烈属):
  // what the person is, said before the name.
  '(?:退休|离休|下岗|失业|老)?(?:矿|女|纺织|钢铁?|煤矿|油田|铁路|电|焊|钳|木|瓦|泥瓦|车|化)工(?![作资厂程地具人会友])|' +
  '[\\u4e00-\\u9fa5]{0,4}?(?:遗孀|遗属|烈属|军属|家属)|' +
  // A kin word said before a full name (奶奶沈桂香, 大爷周长顺): how the member calls the person, then the name.
  // 阿公符亚光, 阿婆黄玉兰 (Hainan, Guangdong, Fujian): grandfather, grandmother said before the name.
  `(?:老)?(?:奶奶|爷爷|大爷|大妈|大娘|阿姨|婆婆|大姐|大哥|大叔|大婶|阿公|阿婆|阿伯|阿嬷|阿爷|阿奶)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A cousin or an uncle (表叔王德发, 堂哥孙国富): the member's or the person's kin, then the name.
  `(?:表|堂)(?:叔|伯|哥|姐|弟|妹|舅|姑|姨|嫂)(?=[${SURNAMES}][\\u4e00-\\u9fa5])|` +
  // A post once held or held in the building (老支书, 老队长, 楼长, 单元长): a resident's standing, then the name.
  '老(?:支书|村长|队长|组长)|(?:楼|单元|栋)长|' +
  // An old mother or father as herders and Tibetans address them, before a name of two or more characters (老阿妈拉毛吉,
  // 阿爸多杰): how the member calls the person, the name after it; 阿妈妮 (Korean) is said after the name instead.
  '老?阿(?:妈|爸)(?![妮吉尼])(?=[\\u4e00-\\u9fa5]{2})|年轻人|小年轻|' +
  // An old man or woman described before the name (独居老汉薛宝, 孤寡老太周氏): northern speech's 老人.
  `(?:独居|孤寡|空巢|留守|五保|低保|高龄)?(?:老汉|老头|老太|老婆婆)(?=[${SURNAMES}][\u4e00-\u9fa5])|` +
  '(?:五保|低保|特困|困难|残疾|高龄|失能)(?:户)?老人|独居老人|空巢老人|孤寡老人|留守老人|老人家|老人|退伍老兵|退役军人|老兵|老党员|党员|小伙子|小伙|姑娘|大学生|学生家长|家长|五保户|低保户|贫困户|残疾人|妇女|老乡|村里的|社区的|一位|一个|有位|有个';
export const KIN_NAME = new RegExp(
  [
    `^(?:老|小)?[${SURNAMES}]${ORDER}?(?:${KIN})`,
    // Not the 儿 of 儿子 (老白头儿子: his son).
    `^老[${SURNAMES}]头(?:儿(?![子媳女]))?`,
    // A name by birth order and a nickname, as villages call people (韩二娃, 李幺妹, 王三毛, 张二丫头).
    `^[${SURNAMES}]${ORDER}(?:${NICK})`,
    // A young man of the house (陈家小伙子): the household's son, called by the house.
    `^(?:老|小)?[${SURNAMES}]家的?(?:${KIN_OF}|老[大二三四五]|[大二三四五]?(?:小子|丫头|闺女|儿子)|小伙子?|${KIN})`,
    // A child of a house called by birth order and a nickname (田家满妹, 王家二娃, 李家幺妹).
    `^[${SURNAMES}]家${ORDER}(?:${NICK})`,
    // A man called by birth order (韦老大, 张老三), and his kin (韦老大媳妇).
    // Not the 家 of 魏老三家门口: where the matter is, his house (the name is 魏老三).
    `^[${SURNAMES}]老[大二三四五六七八九幺](?:家(?!门口|门前|院|里|屋|房|旁|后|附近|楼)的?)?(?:${KIN_OF}|${KIN})?`,
    // A child's kin said through the child (小明他婆, 小磊奶奶, 阿强的妈妈).
    // Not 老大爷, 老太婆, 老大娘: kin words said of anyone old, no child's name in them.
    // Nor 老阿妈, 老阿爸 (an old mother, as herders and Tibetans say): no child named.
    `^(?:老|小|阿)(?![大太阿])[\\u4e00-\\u9fa5](?:家的?|的|他|她)?(?:${KIN_OF})`,
  ].join('|'),
);
// 老党员 is who the person is, not a man called 党 (the name comes after it).
export const SHORT_NAME = new RegExp(`^(?:老|小)[${SURNAMES}](?![\\u4e00-\\u9fa5]{0,1}(?:${KIN}))(?!(?<=党)员)`);
/**
 * A given name's second character after 家 (罗家辉, 陈家豪, 王家珍): 家 right after a surname is the household (王家
 * 媳妇, 李家老三, 张家庄) unless a character that names people follows it, one that starts few words after 家 (not
 * 家里, 家门, 家人, 家的, nor 家和, 家长).
 */
const FAMILY_GIVEN =
  '[辉明豪乐伟俊华兴强栋荣祥富贵树斌军驹骏琪慧欣怡颖敏玲英珍凤秀芳成顺庆旺福禄耀鸣良春麟铭恒康银权亮祺瑞琳杰彬峰涛勇刚洪宏骥璇茵蓉莉]';
/** The second character of a full name: not 里, 们, nor 家 unless a given name's character follows (see FAMILY_GIVEN). */
export const GIVEN_FIRST = `(?:(?![家里们])[\\u4e00-\\u9fa5]|家(?=${FAMILY_GIVEN}))`;
/** A full name, two or three characters; the third is not a word that follows names (他, 说, 家, 反映). */
export const FULL_NAME = new RegExp(
  `^[${SURNAMES}]${GIVEN_FIRST}(?:(?![他她它的说话讲问和跟与同在是也就都又还要想去找因反称提来向家老啊呀嘛吧呢今电手承责交让这那被把给到从对打住个了过着])[\\u4e00-\\u9fa5])?`,
);
// 阿玲四十多岁想…: the age glued after the name.
export const NAME_ENDS = new RegExp(
  // 许光明刚刚打电话来, 黃淑儀啱啱…: just now, after the name, as the person is said to have come or called.
  // 魏春生四十多了: the age said with 了 instead of 岁.
  // 于秀娟找我, 张铁柱上午找俺: coming to the member, right after the name (see CAME_TO_MEMBER).
  // A bracket closing an aside (…牵头的是陈冬梅）) ends the name as its opening does.
  // 刘建设找的俺 村调委会…: the member's 俺 may have gone with the clause after it (read as the holder's), 找的 is left.
  // 周大爹上午给我打电话: calling the member, after the name and when.
  `^(?:$|(?:${VISIT_TIME})?(?:又|也)?(?:过来|跑来|来)?找(?:的)?(?:我|俺|咱)|(?:${VISIT_TIME})?给(?:我|俺)们?打(?:了个?)?电话|(?:过来|跑来|来)?找的(?=$|[\\s，,。；;])|刚刚|刚才|啱啱|(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?(?:岁|了)|[\\s,，。、:：;；(（)）]|他|她|家|屋头|屋里|屋企|那边|那儿|跟|和|与|同|的|也|就|又|还|在|是|来|去|从|说|话(?!费)|讲|想|要|问|今|个|老人|反映|反应|称|提|咨询|求助|投诉|希望|电话|来电|打电话|(?:${ROLE})|(?:${KIN})|` +
    // 刘志强外出务工返乡: going away for work or coming home, said right after the name, is the person's own story
    // (not 一直, 已经, 被: 毕业证一直没发 is a thing, not a person).
    '外出|返乡|回乡)',
);
export const KIN_AFTER = new RegExp(`^(?:${KIN})`);
export const KIN_ONLY = new RegExp(`^(?:${KIN})$`);
/** A full name, then the same person's alias in brackets (覃月娥（覃婶）): see readDraft and parseTicket. */
export const ALIAS_IN_BRACKETS = new RegExp(
  `(([${SURNAMES}])[\\u4e00-\\u9fa5]{1,2})\\s*[（(]\\s*((?:老|阿|小)?\\2[\\u4e00-\\u9fa5]{1,3})\\s*[)）]`,
  'g',
);
/** A full name of three characters, then a kin word (锁有财阿舅, 王桂兰大姐): see readLabels. */
export const FULL_THEN_KIN = new RegExp(`^([${SURNAMES}]${GIVEN_FIRST}[\\u4e00-\\u9fa5])(?:${KIN})$`);
// 楼组长 (left out of NOT_NAMES for the holder's post readers) is a post, never a name starting with the surname 楼.
export const NOT_NAME_START = new RegExp(`^(?:${NOT_NAMES}|楼组长)`);
export const ANONYMOUS = /^(?:有人|群众|大家|别人|某人|他们|她们|我们|村里)/;
/**
 * A post or a short description before the person's name, glued or not (居民代表潘先生, 楼组长王阿姨, 独居的孙老太,
 * 502的黄先生): used only where a name must follow.
 */
/** A village group said before a name (5组刘家, 第三村民小组王大爷). */
const GROUP_LEAD = '第?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:村民小?)?组(?![织长员])的?\\s?';
export const GROUP_FIRST = new RegExp(`^\\s*(${GROUP_LEAD})`);
const POST_LEAD =
  '[\\u4e00-\\u9fa5]{0,3}(?:代表|组长|楼长|栋长|队长)|[\\u4e00-\\u9fa5\\d]{1,6}?的|' +
  // The same typed word by word, as handwriting input leaves it (外地来 打工的 小吴).
  // Not a name's own 家的 (小吴 家的娃娃: 小吴 is who).
  '(?:[\\u4e00-\\u9fa5]{1,4} ){1,2}(?!家)[\\u4e00-\\u9fa5]{1,4}?的|' +
  // A floor, a building or a room before the name (4楼老吴, 3栋502王姐, 502室的黄先生), or a Shanghai lane (46弄老马).
  // 安置房5栋302，曲比拉则家…: the housing's kind said before the building.
  // 棚改回迁楼8号楼, 3号楼顶楼: the housing's kind ending in 楼, and the top or ground floor said by name.
  '(?:[\\u4e00-\\u9fa5]{1,4}?(?:房|点|区|楼)(?=[\\d一二三四五六七八九十]))?(?:[\\d一二三四五六七八九十]{1,4}(?:号楼|单元|楼|层|栋|幢|号|室|户|房|弄)|\\d{3,4}|\\d{1,3}(?:-\\d{1,4}){1,2})+(?:顶楼|顶层|底楼|楼顶)?的?|' +
  // 回迁房许宝成, 安置楼的刘大姐: the kind of housing the person lives in, said before the name.
  `(?:回迁|安置|棚改|公租|廉租|拆迁|保障)(?:房|楼|户)的?(?=[${SURNAMES}])|` +
  // A village group with no village said (5组刘家): kept with the name, for it is not a place alone.
  `${GROUP_LEAD}`;
/**
 * Brothers or sisters of one house said together (赖家两兄弟, 张家兄弟俩, 周家姐妹): who raised it only when no one else
 * is said to have brought it (see findRaiser), since the pair are often the parties and another comes to say it.
 */
export const HOUSE_PAIR = new RegExp(`^[${SURNAMES}]家(?:两|俩|几)?(?:兄弟|弟兄|姐妹|姊妹)(?:俩|两个)?`);
/** A household said before a given name with 阿 (林家阿坤, 陈家的阿英): whose house, the name after it. */
// 李家老三李国庆, 何家大儿子何勇: the household and the place in it by birth, then the full name, which is who.
export const HOUSE_OF_AH = `[${SURNAMES}]家的?(?:(?=阿(?![姨婆伯叔公嫂妈爸])[\\u4e00-\\u9fa5])|(?:老[大二三四五六七八九幺]|[大二三四小]儿子|[大二三小]闺女|[大二三小]女儿)\\s?(?=[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:$|[\\s，,。；;（(]|反映|反应|说|讲|提的)))`;
/** Kin said through a pronoun (她侄子, 他的儿子): whose kin the matter has named already. */
// 他老婆, 她爱人: a spouse, who comes to say it for the one the matter befell (他老婆吴春花来找我).
export const KIN_THROUGH =
  '(?:他|她)(?:的|家)?(?:侄子|侄女|外甥女?|儿子|女儿|闺女|孙子|孙女|媳妇|儿媳妇?|女婿|老伴|老婆|老公|爱人|丈夫|妻子)';
/** What runs between the place and the person met there: 第9网格，遇到退休职工苏大爷. */
// 走访时葛某说: the visit, then the person met on it.
// 上寨侯某, 寨脚的杨某: the part of the village the person lives in, said between the village and the name.
const LEAD_WORDS =
  // 林家阿坤: the household, then the name the person is called by in it.
  `${HOUSE_OF_AH}|` +
  // An aside in brackets after the role (村民（矿区家属）易冬生): what the person is, the name after it.
  '[（(][^()（）\\d]{1,10}[)）]|的|[\\s,，、:：]|' +
  // The age before the name (78岁的刘婶, 八十多岁的周奶奶, 年过八旬的): who they are, not the matter.
  '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})多?岁(?:了)?的?|年(?:过|近)[五六七八九]旬的?|' +
  // A neighbour before the name (隔壁刘婶 说…, 对门的老郑，): the one who came to say it, when a gap or a verb of
  // saying follows the name; not 隔壁老王家养狗 (the neighbour's household is what the matter is about).
  '(?:隔壁|邻居|对门|邻家)的?(?=[^\\s，,。；;家]{1,6}?(?:[\\s，,。；;]|反映|反应|说|讲|来说))|' +
  // 2网格出租屋 刘桂香, 3网格工业区走访 钟建华讲: the kind of spot in the grid (rented rooms, a 城中村, a works' area)
  // and the visit to it, said between the place and the person; where in the place, not who.
  '(?:出租屋|出租房|城中村|工业区|工业园|厂区|宿舍区|工地)(?:那边|这边|里)?的?(?:走访(?:了|时|中)?)?|' +
  // 我的老同事罗老师, 俺战友老孙: whom the person is to the member, said before the name.
  '(?:我|俺|咱)们?的?老?(?:同事|同学|朋友|战友|老乡|亲戚|老领导|学生)|' +
  '走访(?:时|中|的时候)|走访(?=\\s)|入户(?:时|的时候)|[上下中](?:寨|屯)|寨(?:头|脚|尾)|里的|那边的|这边的|遇到了?|碰到了?|碰见了?|遇见了?|见到了?|碰着了?|碰上了?|遇着了?';
export const ROLE_LEAD = new RegExp(`^(?:${LEAD_WORDS}|(?:${ROLE}))+`);
/** The same with a post or a description (居民代表, 独居的), tried when no name follows the plain lead. */
export const POST_ROLE_LEAD = new RegExp(`^(?:${LEAD_WORDS}|(?:${ROLE})|${POST_LEAD})+`);

/** A kin word after one person's name, before another's: 的儿子 (小刘), 家闺女 (王芳). */
export const KIN_THEN_NAME = /^\s?(?:的|家的?|他|她)?(?:儿子|女儿|闺女|儿媳妇?|女婿|孙子|孙女|外孙女?|老伴|媳妇|丈夫|爱人|侄子|侄女)\s?/;

/** Words that run between who and what: 王大爷 反映 路灯坏了. Kept verbs (要求, 希望) stay in the content. */
export const SAYS =
  // 张某提的: who brought it, said after the matter; 王某报的 (reported it) the same, as a clause's end.
  // 杨先生拍了照发给我, 小李发微信给我: who sent the member the picture or the message brought it.
  /(反映|反应|来电反映|来访反映|提出|提到|提(?=的)|报(?=的(?:$|[\s，,。；;！!]))|说|(?<![电回说讲对打通])话(?!费)|讲(?![座课解])|问|称|诉求|求助|投诉|咨询|希望|要求|建议|想|需要|来找|找到|找过|(?:好|很)?担心|(?<=[\u4e00-\u9fa5])(?:call|打(?:了个?)?电话(?:过来|来)?(?:叫|找|给))(?=我)|(?<=[\u4e00-\u9fa5])(?:拍了?个?(?:照|照片|视频)发给|发了?个?(?:微信|消息|信息|语音|视频|照片)给)(?=我|俺))/g;
export const DROPPED_VERBS =
  /^(?:他|她)?(?:也|就|还)?(?:来电|来访|打(?:了个?)?电话(?:来|过来)?)?(?:反映|反应|提出|提到|诉求|说|话(?!费|筒|题)|讲(?![座课解]))+(?:说|的)?[:：]?/;

/** A neighbour said before a name (邻家屈老汉, 隔壁的王姐). */
export const NEIGHBOUR = '邻居|邻家|隔壁|对门';
/** A dotted name with a kin word glued after it (买买提·吾守尔大叔): see nameInSlot. */
export const DOTTED_THEN_KIN = new RegExp(`^([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,6}?)((?:${KIN}))$`);
