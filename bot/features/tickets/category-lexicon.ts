// The category reading's word classes (category-reading.ts): the things a matter is about, grouped by the domain they
// belong to, and what happens to them. Written as a lexicon of each domain (what a village or a street has, what a
// body suffers, what a school asks for), not from any one message: the keyword lists of category.ts were fitted to
// messages and did not reach matters no one had sent yet.

import type { Category } from './category';

export type Domain = Exclude<Category, '其他'>;

/** Things of each domain, as nouns: a matter naming one is likely about it (the longest listed word is taken). */
export const OBJECTS: Record<Domain, string> = {
  基础设施:
    '道路 马路 公路 村道 土路 水泥路 柏油路 石板路 沙石路 机耕路 路面 路基 路肩 桥 桥梁 桥墩 桥面 便桥 涵洞 隧道 护坡 挡墙 ' +
    '堤坝 河堤 大坝 水坝 闸门 水闸 泵站 水泵 抽水机 提灌站 机井 水井 水塔 水箱 水池 蓄水池 水管 管网 管道 管线 阀门 水表 ' +
    '电表 电缆 电线 电线杆 电杆 配电箱 电闸 开关 插座 路灯 灯泡 信号灯 红绿灯 监控 摄像头 网线 光纤 光缆 宽带 基站 ' +
    '电梯 楼梯 扶手 栏杆 护栏 围墙 顶棚 雨棚 车棚 站台 公交站 候车亭 站牌 停车场 车位 充电桩 井盖 井箅子 下水道 ' +
    '排水沟 排洪渠 排水管 落水管 水渠 沟渠 窨井 消防通道 对讲机 门禁 防盗门 单元门 地砖 台阶 ' +
    '坡道 暖气 暖气片 供暖 锅炉 燃气 天然气 煤气 燃气表 自来水 水龙头 水压 电压 班车 客车 公交 公交车 码头 渡口 渡船 ' +
    '厕所 公厕 垃圾站 线路 电网 水电 网速 门洞 楼道灯 声控灯 ' +
    // What fire safety is about in a building: the extinguishers and the wires run to charge a scooter.
    '消防栓 灭火器 消防设施 飞线 楼道充电 飞线充电 ' +
    // The south's irrigation channels and weirs (水圳, 圳沟, 陂头: 客家, 粤, 闽), as 水渠 is in the north.
    '水圳 圳沟 圳道 陂头 水陂 ' +
    // Field irrigation of the north-west and the 兵团: the channels by their rank, and drip lines (not 渠道 alone, which
    // is as often a channel of sales: 带货渠道, 销售渠道).
    '干渠 支渠 斗渠 毛渠 防渗渠 滴灌 滴灌带 支管 干管',
  就业社保:
    '工资 工钱 薪水 薪资 劳务费 血汗钱 加班费 补偿金 经济补偿 社保 养老保险 失业保险 工伤保险 工伤 养老金 退休金 低保 五保 ' +
    '特困 救助 补贴 补助 津贴 抚恤金 优抚 残疾证 岗位 公益岗 实习 招工 招聘 就业 失业 再就业 打工 务工 农民工 ' +
    '零工 劳动合同 包工头 工头 工地 工厂 车间 厂里 厂子 辞退 开除 裁员 退役 社保卡 公积金 ' +
    '生活费补助 高龄津贴 养老 敬老院 养老院 护林员 技能培训 职业培训 上班 加班 老板 雇主 用人单位 ' +
    // A worker's terms with the works: the kind of contract, becoming permanent, the shifts one is put on, leave.
    '劳务派遣 派遣工 合同工 劳务工 正式工 转正 合同到期 试用期 排夜班 调白班 调岗 产假 哺乳假 离职 ' +
    // Looking for work in 粤 and 客家 speech (揾工, 揾份工: 揾 is to look for).
    '揾工 揾份工 搵工 搵份工 找份工',
  医疗:
    '医院 卫生院 卫生室 诊所 医生 大夫 护士 药 药品 药费 医药费 医保 病 病情 疾病 慢病 大病 慢性病 高血压 糖尿病 心脏病 癌症 ' +
    '肿瘤 结节 骨折 中风 脑梗 偏瘫 瘫痪 哮喘 肺炎 感冒 发烧 咳嗽 水痘 麻疹 湿疹 皮疹 过敏 中暑 中毒 透析 ' +
    '放疗 手术 住院 门诊 急诊 体检 复查 检查 康复 护理 理疗 针灸 假牙 白内障 青光眼 ' +
    '怀孕 分娩 疫苗 输液 打针 挂号 转诊 救护车 药店 血压 血糖 伤口 病根',
  教育:
    '学校 小学 中学 初中 高中 大学 幼儿园 职校 技校 中专 大专 学籍 学位 学费 学生 老师 校长 课 课程 作业 考试 成绩 ' +
    '高考 中考 艺考 录取 毕业证 升学 转学 插班 入学 辍学 退学 寄宿 住校 校车 辅导 补课 培训班 兴趣班 特教 ' +
    '特殊教育 英语 数学 语文 教材 课本 助学金 奖学金 读书 念书 上学 上课 开学 年级 班级',
  矛盾纠纷:
    '宅基地 地界 边界 田埂 界桩 嫁妆 遗产 房产 老宅 祖屋 抚养费 赡养费 押金 租金 房租 欠款 借款 借条 欠条 分家 离婚 ' +
    '家暴 赔偿 纠纷 矛盾 官司',
  环境:
    '垃圾 粪 屎 粪便 污水 废水 泔水 粪水 废物 废料 废渣 油烟 黑烟 黄烟 烟尘 粉尘 灰尘 扬尘 噪音 噪声 蚊子 苍蝇 老鼠 蟑螂 ' +
    '死鱼 死猪 油污 油花 气味 异味 馊味 臭味 塑料袋 白色污染 水质 绿化 杂草 秸秆 烂菜叶 污染 环境卫生',
};

/**
 * What happens to a matter's object, by the domain it makes the matter: a thing broken or cut (infrastructure), money
 * for work not paid (employment), a body's trouble (medical), schooling stopped (education), two parties at odds
 * (disputes), filth, smell or noise (environment). The happening is the matter's head: a toilet that stinks is an
 * environment matter, a ditch two households quarrel over is a dispute.
 */
export const HAPPENINGS: Record<Domain, string> = {
  基础设施:
    '坏了 坏掉 裂了 裂缝 开裂 断了 挖断 撞断 冲断 塌了 塌陷 垮了 掏空 漏水 漏电 渗水 堵了 堵死 歪了 倒了 松了 翘起来 ' +
    '不亮 没电 停电 没水 停水 断水 断电 跳闸 不通 走不了 上不去 积水 冻裂 爆了 锈穿 黑着 黑灯 烧了 起火 着火 失火',
  就业社保:
    '拖欠 欠薪 没发 没结 不结 没给钱 不给钱 没拿到钱 拿不到钱 辞了 被辞 跑路 卷钱 讨薪 找不到活 找活 不续 ' + '扣钱 扣工资 断缴 补缴',
  医疗:
    '发烧 烧到 咳嗽 拉肚子 呕吐 头晕 晕倒 疼得 痛得 疼了 发痒 肿了 喘不上 抽搐 昏迷 犯病 发病 不舒服 出血 ' +
    '流血 受伤 咬伤 烫伤 摔伤 看不清 听不见 吃药 看病 治病 报不了 住不起 瘫在 卧床 瘫痪在床',
  教育: '上不了学 没学上 跟不上 考不上 逃学 厌学 罚站 补习 上网课',
  矛盾纠纷:
    '吵 争 骂 打架 打起来 闹翻 闹掰 翻脸 僵着 闹僵 不认 赖账 不还 不让 堵门 告状 起诉 调解 要赔 索赔 讨说法 ' +
    '过界 侵占 霸占 占了 分不清 对不上 不管用 躲着 讨个说法 ' +
    // Money charged or owed between two parties: charged beyond what is due, put off and put off.
    '乱收 多收 乱收费 乱涨价 一直拖 拖着不给',
  环境: '臭 脏 熏 呛 发黑 变浑 乱倒 偷倒 倒垃圾 乱扔 乱堆 堆满 乱排 直排 排进 冒烟 扰民 睡不着 翻白 漂着 漂满 ' + '味道 一股味',
};

/**
 * The last character of a noun jieba does not know, or knows but the lexicon lacks (浮球阀, 电缆沟, 腮腺炎): in
 * Chinese the last character of a compound is its head, the kind of thing it is. Only heads that name one domain's
 * things are here: 站, 机, 门 and 费 name things of every domain, 路 and 道 ways of every kind (销路, 渠道, 频道).
 */
export const HEADS: Record<Domain, string> = {
  基础设施: '桥墩涵闸堤渠泵井管阀缆线杆灯梯栏桩箱表塔',
  就业社保: '薪贴岗',
  医疗: '病症炎癌瘤疮痘疗诊医药术',
  教育: '学校课考籍教',
  矛盾纠纷: '',
  环境: '圾粪屎尘污臭',
};

/** The parties of a dispute: two households, kin, a landlord and a tenant. With one, a quarrel is between them. */
export const PARTIES =
  '两家 两户 几户 双方 邻居 隔壁 对门 楼上 楼下 兄弟 姐妹 妯娌 婆媳 前夫 前妻 两口子 合伙 对方 房东 租客 村民 ' +
  // The other side of a lease of land or of a shop: a cooperative or the one who took it on.
  '子女 合作社 承包方 承租方 二房东';

/**
 * Words that look like a domain's and are not: a fault of a machine (毛病), a household's own appliance (手机, 电视),
 * a way of saying (说法, 办法). They take their place so no shorter word inside them counts (病 in 毛病).
 */
export const NEUTRAL =
  '毛病 说法 办法 手机 电视 冰箱 洗衣机 电脑 病句 看法 想法 医生说 销路 渠道 频道 活路 通道 门路 出路 房产证 不动产证 产权证 门禁卡 饭卡 工牌 工卡';
