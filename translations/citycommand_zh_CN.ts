<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsTr</name>
    <message>
        <source>%1 seen by the video analytics on camera %2 (zone %3), at rest since %4</source>
        <translation>视频分析发现%1：摄像头 %2（区域 %3），自 %4 起静止</translation>
    </message>
    <message>
        <source>Pictures are analysed 0.1 to %1 times a second, not %2.</source>
        <translation>每秒分析的画面数须在 0.1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>A zone belongs to a camera.</source>
        <translation>区域必须属于某一摄像头。</translation>
    </message>
    <message>
        <source>A zone needs a name of at most %1 characters.</source>
        <translation>区域须有名称，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A zone has %1 to %2 corners, not %3.</source>
        <translation>区域须有 %1 到 %2 个顶点，而不是 %3 个。</translation>
    </message>
    <message>
        <source>A zone&apos;s corners lie in the picture (0…1).</source>
        <translation>区域的顶点须在画面之内（0…1）。</translation>
    </message>
    <message>
        <source>The zone covers almost nothing.</source>
        <translation>该区域几乎没有面积。</translation>
    </message>
    <message>
        <source>An object must rest %1 s to 24 h in a zone, not %2 s.</source>
        <translation>物体在区域内的停留时长须为 %1 秒到 24 小时，而不是 %2 秒。</translation>
    </message>
    <message>
        <source>A zone cannot move to another camera.</source>
        <translation>区域不能移到另一个摄像头。</translation>
    </message>
    <message>
        <source>A camera has at most %1 zones.</source>
        <translation>每个摄像头最多 %1 个区域。</translation>
    </message>
    <message>
        <source>There is no zone %1.</source>
        <translation>没有区域 %1。</translation>
    </message>
    <message>
        <source>The operator rejected this object in this zone already.</source>
        <translation>受理员已驳回过该区域内的这个物体。</translation>
    </message>
    <message>
        <source>This object in this zone is raised already.</source>
        <translation>该区域内的这个物体已经上报过。</translation>
    </message>
    <message>
        <source>%1 findings of this zone wait for the operator already.</source>
        <translation>该区域已有 %1 条发现等待受理员处理。</translation>
    </message>
    <message>
        <source>A finding needs a snapshot, a box in the picture and its times.</source>
        <translation>视频发现须有抓拍图、画面内的目标框和时间。</translation>
    </message>
    <message>
        <source>A finding&apos;s snapshot has at most %1 KB, not %2 KB.</source>
        <translation>视频发现的抓拍图最大 %1 KB，而不是 %2 KB。</translation>
    </message>
    <message>
        <source>A finding&apos;s snapshot is a JPEG.</source>
        <translation>视频发现的抓拍图须为 JPEG。</translation>
    </message>
    <message>
        <source>Zone %1 is not an active zone of camera %2.</source>
        <translation>区域 %1 不是摄像头 %2 的有效区域。</translation>
    </message>
    <message>
        <source>A finding&apos;s clip needs its file, SHA-256, size and times.</source>
        <translation>视频发现的片段须有文件、SHA-256、大小和时间。</translation>
    </message>
    <message>
        <source>There is no finding %1.</source>
        <translation>没有视频发现 %1。</translation>
    </message>
    <message>
        <source>This finding was decided already.</source>
        <translation>该视频发现已处理过。</translation>
    </message>
    <message>
        <source>Camera %1 is not in this database.</source>
        <translation>摄像头 %1 不在本数据库中。</translation>
    </message>
    <message>
        <source>Findings of the video analytics are decided by the operators and the shift leader.</source>
        <translation>视频分析的发现由受理员和值班长处理。</translation>
    </message>
    <message>
        <source>Video analytics: %1</source>
        <translation>视频分析：%1</translation>
    </message>
    <message>
        <source>No-stall zone</source>
        <translation>禁止摆摊区域</translation>
    </message>
    <message>
        <source>No-parking zone</source>
        <translation>禁止停车区域</translation>
    </message>
    <message>
        <source>Rubbish watch</source>
        <translation>垃圾监测区域</translation>
    </message>
    <message>
        <source>Street vending</source>
        <translation>占道经营</translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation>违章停车</translation>
    </message>
    <message>
        <source>Exposed rubbish</source>
        <translation>暴露垃圾</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Search cameras (name, group, grid)</source>
        <translation>搜索摄像头（名称、分组、网格）</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>Street group</source>
        <translation>按街道</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>按单元网格</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（未分组）</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>云台</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n 个摄像头</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::AnalyticsWidgets::CandidateQueue</name>
    <message>
        <source>Snapshot</source>
        <translation>抓拍</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Why rejected (optional): e.g. a kiosk with a permit</source>
        <translation>驳回原因（选填）：例如持证经营的报刊亭</translation>
    </message>
    <message>
        <source>Accept: file a case</source>
        <translation>接受：立案</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>No clip: the recorder had no recording of it</source>
        <translation>无视频片段：录像机没有这段录像</translation>
    </message>
    <message>
        <source>Clip: %1</source>
        <translation>视频片段：%1</translation>
    </message>
    <message>
        <source>Log in as an operator to decide findings</source>
        <translation>请以受理员身份登录后处理视频发现</translation>
    </message>
    <message>
        <source>Case %1 filed</source>
        <translation>已立案 %1</translation>
    </message>
    <message>
        <source>Case %1 filed without its clip: %2</source>
        <translation>已立案 %1，但未附视频片段：%2</translation>
    </message>
    <message numerus="yes">
        <source>Rejected: this object in this zone is not raised again for %n hour(s)</source>
        <translation>
            <numerusform>已驳回：该区域内的这个物体在 %n 小时内不再上报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::App::ClipEvidence</name>
    <message>
        <source>Video evidence</source>
        <translation>视频证据</translation>
    </message>
    <message>
        <source>Not a clip: %1</source>
        <translation>不是视频片段：%1</translation>
    </message>
    <message>
        <source>No program here plays %1</source>
        <translation>本机没有可播放 %1 的程序</translation>
    </message>
    <message>
        <source>The clip lies on the workstation that attached it (%1); this one is not joined to a hub to fetch it from.</source>
        <translation>该视频片段在附加它的工作站上（%1）；本工作站未加入中心库，无法取回。</translation>
    </message>
    <message>
        <source>The clip has not reached the hub yet: it lies on the workstation that attached it (%1) until that one syncs.</source>
        <translation>该视频片段尚未上传到中心库：在附加它的工作站同步之前，它只在那台工作站上（%1）。</translation>
    </message>
    <message>
        <source>Fetching the clip from the hub…</source>
        <translation>正在从中心库取回视频片段…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>double-click to play</source>
        <translation>双击播放</translation>
    </message>
    <message>
        <source>on the hub: double-click to fetch and play</source>
        <translation>已在中心库：双击取回并播放</translation>
    </message>
    <message>
        <source>not on the hub yet: on the workstation that attached it</source>
        <translation>尚未上传到中心库：在附加它的工作站上</translation>
    </message>
    <message>
        <source>%1 %2, %3 s, %4 MB, SHA-256 %5… (%6)</source>
        <extracomment>视频证据: one clip of the case&apos;s video evidence (camera, time, length, size, hash, where its bytes are)</extracomment>
        <translation>%1 %2，%3 秒，%4 MB，SHA-256 %5…（%6）</translation>
    </message>
</context>
<context>
    <name>Cc::App::IntegrityCheck</name>
    <message>
        <source>CityCommand</source>
        <translation>CityCommand</translation>
    </message>
    <message>
        <source>READ-ONLY: the local database is damaged. Nothing more is written to it; restore it from a backup or the hub. (%1)</source>
        <translation>只读：本地数据库已损坏。不会再向其写入任何内容；请从备份或中心库恢复。（%1）</translation>
    </message>
    <message>
        <source>The integrity check of the local database %1 found damage. From now on CityCommand only reads this file: nothing more is written to it. Restore the file from a backup or the hub.

%2</source>
        <translation>本地数据库 %1 的完整性检查发现损坏。从现在起 CityCommand 只读取该文件：不会再向其写入任何内容。请从备份或中心库恢复该文件。

%2</translation>
    </message>
</context>
<context>
    <name>Cc::App::MainWindow</name>
    <message>
        <source>CityCommand — Digital City Management Command Centre</source>
        <translation>CityCommand — 数字化城市管理指挥中心</translation>
    </message>
    <message>
        <source>Grid map</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Video wall</source>
        <translation>视频墙</translation>
    </message>
    <message>
        <source>City overview</source>
        <translation>全市概况</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Grid &amp;map</source>
        <translation>网格地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案卷(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Video wall</source>
        <translation>视频墙(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CityCommand</source>
        <translation>关于 CityCommand(&amp;A)</translation>
    </message>
    <message>
        <source>About CityCommand</source>
        <translation>关于 CityCommand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityCommand %1&lt;/h3&gt;&lt;p&gt;Command-hall client for digital city management (数字城管): the seven-step closed loop, grid map and video wall on one local GeoPackage database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CityCommand %1&lt;/h3&gt;&lt;p&gt;数字化城市管理（数字城管）指挥大厅客户端：七步闭环流程、网格地图与视频墙，统一基于一个本地 GeoPackage 数据库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overdue cases (most overdue first)</source>
        <translation>超期案卷（超期最久的在前）</translation>
    </message>
    <message>
        <source>Newest cases</source>
        <translation>最新案卷</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>云台</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>视频流</translation>
    </message>
    <message>
        <source>Cameras (部件 0136) of the city</source>
        <translation>全市监控摄像头（部件 0136）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>CityCommand — %1 Digital City Management Command Centre</source>
        <translation>CityCommand — %1数字化城市管理指挥中心</translation>
    </message>
    <message>
        <source>Local database %1 · updated %2</source>
        <translation>本地数据库 %1 · 更新于 %2</translation>
    </message>
    <message>
        <source>Workbench — %1</source>
        <translation>工作台 — %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>综合评价(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <source>Open the video &amp;wall window</source>
        <translation>打开视频墙窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Open video wall (Ctrl+Shift+V) · double-click a camera: show it and its neighbours</source>
        <translation>打开视频墙（Ctrl+Shift+V）· 双击摄像头：显示它及其附近的摄像头</translation>
    </message>
    <message>
        <source>Log in to open cases from the map.</source>
        <translation>请先登录，才能从地图打开案卷。</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <extracomment>新建上报</extracomment>
        <translation>新建上报(&amp;N)…</translation>
    </message>
    <message>
        <source>Log in to register reports.</source>
        <translation>请先登录再登记上报。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项整治</translation>
    </message>
    <message>
        <source>Cam&amp;paigns</source>
        <translation>专项整治(&amp;P)</translation>
    </message>
    <message>
        <source>--evaluation takes SCOPE:PERIOD[:compare][:rate], e.g. street:2026-11:compare</source>
        <translation>--evaluation 的格式为 范围:期间[:compare][:rate]，例如 street:2026-11:compare</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Rules: national defaults</source>
        <extracomment>中心规则（类别、立结案标准、时限、派遣）的版本；0 = 国家标准默认</extracomment>
        <translation>规则：国家标准默认</translation>
    </message>
    <message>
        <source>Rules: version %1</source>
        <translation>规则：第 %1 版</translation>
    </message>
    <message>
        <source>The centre&apos;s categories, filing and closing standards, time limits and routing (docs/config.md). Cases keep the rules they were reported under.</source>
        <translation>本中心的类别、立案标准与结案标准、时限和派遣规则（docs/config.md）。案卷沿用上报时的规则。</translation>
    </message>
    <message>
        <source>The centre&apos;s rules are now version %1: new reports use its categories, standards, limits and routing; cases reported before keep theirs.</source>
        <translation>中心规则已更新为第 %1 版：新上报的案卷使用其类别、立结案标准、时限和派遣规则；此前上报的案卷沿用原规则。</translation>
    </message>
    <message>
        <source>Centre &amp;rules…</source>
        <extracomment>中心规则：类别、立结案标准、时限、派遣</extracomment>
        <translation>中心规则(&amp;R)…</translation>
    </message>
    <message>
        <source>No recordings of the cameras near the case at %1</source>
        <translation>案卷附近的摄像头在 %1 没有录像</translation>
    </message>
    <message>
        <source>Departments and users changed by %1: %2</source>
        <extracomment>部门与人员已更新</extracomment>
        <translation>部门与人员已由 %1 更改：%2</translation>
    </message>
    <message>
        <source>Video findings</source>
        <translation>视频发现</translation>
    </message>
    <message>
        <source>Video findings (%1)</source>
        <translation>视频发现（%1）</translation>
    </message>
    <message>
        <source>Video &amp;findings</source>
        <translation>视频发现(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Cc::App::Notifications</name>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ActionDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 案卷 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 on case %3 (%4)</source>
        <translation>以%2身份对案卷 %3（%4）执行&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>专业部门：</translation>
    </message>
    <message>
        <source>Disposal deadline:</source>
        <translation>处置时限：</translation>
    </message>
    <message>
        <source> working hours</source>
        <translation> 工作时</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>按申请时长</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>延期时长：</translation>
    </message>
    <message>
        <source>What was done (处理结果)</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Required: give the reason</source>
        <translation>必填：请填写理由</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <extracomment>建议 (the department the routing table suggests)</extracomment>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>%1 (%2 from now)</source>
        <translation>%1（距现在 %2）</translation>
    </message>
    <message>
        <source> — beyond the known holiday calendar</source>
        <translation> — 超出已知节假日日历范围</translation>
    </message>
    <message>
        <source>Give a reason for “%1”.</source>
        <translation>请填写“%1”的理由。</translation>
    </message>
    <message>
        <source>Describe what was done.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>Photos after:</source>
        <extracomment>处置后照片 / 核查照片</extracomment>
        <translation>处置后照片：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>Type to search the departments</source>
        <translation>输入名称中的任意文字以查找部门</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>请从列表中选择专业部门。</translation>
    </message>
    <message>
        <source>Choose what the caller said</source>
        <translation>请选择来电人的评价</translation>
    </message>
    <message>
        <source>Caller&apos;s judgement:</source>
        <extracomment>回访结果 (满意 / 基本满意 / 不满意)</extracomment>
        <translation>回访结果：</translation>
    </message>
    <message>
        <source>Choose what the caller said: satisfied, basically satisfied or unsatisfied.</source>
        <translation>请选择来电人的评价：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>The category states no closing standard.</source>
        <translation>该类别未规定结案标准。</translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准</extracomment>
        <translation>结案标准：</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::AddressField</name>
    <message>
        <source>house number</source>
        <extracomment>门牌地址 (a street and house number)</extracomment>
        <translation>门牌地址</translation>
    </message>
    <message>
        <source>intersection</source>
        <extracomment>交叉口</extracomment>
        <translation>交叉口</translation>
    </message>
    <message>
        <source>place</source>
        <extracomment>地点 (school, market, 小区 …)</extracomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>street</source>
        <extracomment>道路</extracomment>
        <translation>道路</translation>
    </message>
    <message>
        <source>Address, place or intersection, e.g. 人民路12号</source>
        <translation>门牌、地点或交叉口，如 人民路12号</translation>
    </message>
    <message>
        <source>Matches appear as you type (Chinese, pinyin or its initials); Down and Enter take one</source>
        <translation>输入时即列出匹配结果（中文、拼音或拼音首字母）；按↓和回车选用</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %</source>
        <translation>%1 — %2，%3 %</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::BatchFileDialog</name>
    <message>
        <source>Batch filing</source>
        <extracomment>批量立案</extracomment>
        <translation>批量立案</translation>
    </message>
    <message numerus="yes">
        <source>File these %n case(s)?</source>
        <translation>
            <numerusform>将以下 %n 件案卷立案？</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (for every case):</source>
        <extracomment>备注 (the same note as single-case 立案)</extracomment>
        <translation>备注（用于每件案卷）：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message numerus="yes">
        <source>File %n case(s)</source>
        <extracomment>立案 %n 件</extracomment>
        <translation>
            <numerusform>立案 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CampaignDialog</name>
    <message>
        <source>New campaign (专项整治 / 专项普查)</source>
        <translation>新建专项（专项整治 / 专项普查）</translation>
    </message>
    <message>
        <source>e.g. 占道经营专项整治</source>
        <translation>例如 占道经营专项整治</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>按编码或名称筛选</translation>
    </message>
    <message>
        <source>Filter; none ticked: all categories</source>
        <translation>筛选；不勾选即全部类别</translation>
    </message>
    <message>
        <source>专项普查 only: items to count, e.g. 排水井, 防汛墙</source>
        <translation>仅专项普查：普查项目，例如 排水井、防汛墙</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Survey items</source>
        <translation>普查项目</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 %2 %3 (whole class)</source>
        <translation>%1 %2 %3（整个大类）</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The campaign is saved, its survey items are not: %1 [%2]</source>
        <translation>专项已保存，普查项目未保存：%1 [%2]</translation>
    </message>
    <message>
        <source>Drawn area</source>
        <translation>画定范围</translation>
    </message>
    <message>
        <source>Draw on the map…</source>
        <translation>在地图上画范围…</translation>
    </message>
    <message>
        <source>Only where the city&apos;s map is at hand.</source>
        <translation>仅在有城市地图时可用。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Click the corners of the campaign&apos;s area on the map.</source>
        <translation>在地图上点出专项范围的各个拐点。</translation>
    </message>
    <message>
        <source>None (the area is what is ticked above)</source>
        <translation>无（范围以上方勾选为准）</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s), about %1 km²</source>
        <translation>
            <numerusform>%n 个拐点，约 %1 平方公里</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CampaignView</name>
    <message>
        <source>New campaign…</source>
        <translation>新建专项…</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define campaigns.</source>
        <translation>只有值班长或系统管理员可以设立专项。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Top grids</source>
        <translation>案卷最多的网格</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>案卷最多的类别</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>专项报告</translation>
    </message>
    <message>
        <source>专项普查: counting tasks and results</source>
        <translation>专项普查：普查任务与结果</translation>
    </message>
    <message>
        <source>Define a 专项整治 or 专项普查 campaign.</source>
        <translation>设立专项整治或专项普查。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项整治</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚无专项。</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue</source>
        <translation>%1（%2 至 %3）：案卷 %4 件，立案 %5 件，结案 %6 件（%7），未结 %8 件，超期 %9 件</translation>
    </message>
    <message>
        <source>Not a survey: this campaign counts no items.</source>
        <translation>非普查：本专项没有普查项目。</translation>
    </message>
    <message>
        <source>%1 %2 checked, %3 with problems</source>
        <translation>%1 排查 %2 处，发现问题 %3 处</translation>
    </message>
    <message>
        <source>%1 of %2 tasks complete · %3</source>
        <translation>%2 项任务已完成 %1 项 · %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>普查日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未上报</translation>
    </message>
    <message>
        <source>%1
checked</source>
        <translation>%1
排查数</translation>
    </message>
    <message>
        <source>%1
problems</source>
        <translation>%1
问题数</translation>
    </message>
    <message>
        <source>Give survey task…</source>
        <translation>分派普查任务…</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>请先选择一个专项。</translation>
    </message>
    <message>
        <source>Counting the campaigns&apos; cases…</source>
        <translation>正在统计专项案件…</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseDetailView</name>
    <message>
        <source>No case selected</source>
        <translation>未选择案卷</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>the domain names are in the translator comments: 状态, 来源, 类别 …</extracomment>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <extracomment>来源</extracomment>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Grids:</source>
        <extracomment>单元网格 / 责任网格 / 社区</extracomment>
        <translation>单元网格 / 责任网格 / 社区：</translation>
    </message>
    <message>
        <source>Point:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>Component:</source>
        <extracomment>部件标识码</extracomment>
        <translation>部件标识码：</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>上报人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <extracomment>专业部门</extracomment>
        <translation>专业部门：</translation>
    </message>
    <message>
        <source>Stage deadline:</source>
        <translation>阶段时限：</translation>
    </message>
    <message>
        <source>Disposal deadline:</source>
        <extracomment>处置时限</extracomment>
        <translation>处置时限：</translation>
    </message>
    <message>
        <source>Reported / filed / dispatched:</source>
        <translation>上报 / 立案 / 派遣时间：</translation>
    </message>
    <message>
        <source>Disposed / closed:</source>
        <translation>处置 / 结案时间：</translation>
    </message>
    <message>
        <source>Counters:</source>
        <extracomment>返工 / 派遣 / 延期 / 督办 / 催办 次数</extracomment>
        <translation>返工 / 派遣 / 延期 / 督办 / 催办 次数：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>案卷流转记录</extracomment>
        <translation>案卷流转记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>In time</source>
        <extracomment>按时 / 超时</extracomment>
        <translation>按时 / 超时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Case %1</source>
        <extracomment>案卷</extracomment>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>%1 (parked)</source>
        <translation>%1（挂账中）</translation>
    </message>
    <message>
        <source>outside every grid</source>
        <translation>不在任何单元网格内</translation>
    </message>
    <message>
        <source> (closed in time)</source>
        <translation>（按时结案）</translation>
    </message>
    <message>
        <source> (closed late)</source>
        <translation>（超时结案）</translation>
    </message>
    <message>
        <source>rework %1 · dispatch %2 · postpone %3 · supervise %4 · urge %5</source>
        <translation>返工 %1 · 派遣 %2 · 延期 %3 · 督办 %4 · 催办 %5</translation>
    </message>
    <message>
        <source>%1 [+%2 working hours]</source>
        <translation>%1 [+%2 工作时]</translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message>
        <source>in time</source>
        <extracomment>按时 / 超时</extracomment>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Actions: nothing for you to do on this case now</source>
        <translation>操作：您目前对该案卷无可执行的操作</translation>
    </message>
    <message>
        <source>Photos before</source>
        <extracomment>处置前 (上报、核实的照片、视频截图)</extracomment>
        <translation>处置前照片</translation>
    </message>
    <message>
        <source>Photos after</source>
        <extracomment>处置后 (处理反馈、核查的照片)</extracomment>
        <translation>处置后照片</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>地图定位</translation>
    </message>
    <message>
        <source>Show the case on the grid map</source>
        <translation>在网格地图上显示该案卷</translation>
    </message>
    <message>
        <source>Cameras near</source>
        <translation>附近摄像头</translation>
    </message>
    <message>
        <source>Open the cameras nearest to the case on the video wall</source>
        <translation>在视频墙上打开离案卷最近的摄像头</translation>
    </message>
    <message>
        <source>Unit grid / responsibility grid / community (%1)</source>
        <translation>单元网格 / 责任网格 / 社区（%1）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>回访 in the timeline: 【满意】 the operator&apos;s note</extracomment>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>View recordings</source>
        <extracomment>查看录像: the nearest cameras&apos; recordings of when the case was reported</extracomment>
        <translation>查看录像</translation>
    </message>
    <message numerus="yes">
        <source>Play the nearest cameras&apos; recordings on the video wall from %n minute(s) before the case was reported</source>
        <translation>
            <numerusform>在视频墙上同步回放最近摄像头的录像，从上报前 %n 分钟开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseFilterBar</name>
    <message>
        <source>Search description and address, Enter to search (Ctrl+F)</source>
        <extracomment>全文检索 (描述和地址)</extracomment>
        <translation>全文检索（描述和地址），按回车搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Category: code or name</source>
        <translation>类别：编码或名称</translation>
    </message>
    <message>
        <source>Unit grid code</source>
        <extracomment>单元网格编码</extracomment>
        <translation>单元网格编码</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部专业部门</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <extracomment>仅超期</extracomment>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the current list to CSV (Ctrl+E)</source>
        <translation>将当前列表导出为 CSV（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseListModel</name>
    <message>
        <source>Overdue: the running stage is past its deadline</source>
        <translation>超期：当前阶段已超过处置时限</translation>
    </message>
    <message>
        <source>Warning: 80 % of the stage&apos;s time limit is used</source>
        <translation>预警：本阶段时限已用去 80 %</translation>
    </message>
    <message>
        <source>Case no.</source>
        <extracomment>案卷编号</extracomment>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>状态</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>类别 (小类 name)</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>等级</extracomment>
        <translation>等级</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>地址</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>专业部门</extracomment>
        <translation>专业部门</translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>上报时间</extracomment>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>时限</extracomment>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>案卷 %1 · %2</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CasePanel</name>
    <message>
        <source>Queues</source>
        <extracomment>show/hide the queue column</extracomment>
        <translation>待办队列</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New report…</source>
        <extracomment>新建上报</extracomment>
        <translation>新建上报…</translation>
    </message>
    <message>
        <source>Register a new report (Ctrl+N)</source>
        <translation>登记新的上报（Ctrl+N）</translation>
    </message>
    <message>
        <source>File selected</source>
        <extracomment>批量立案</extracomment>
        <translation>批量立案</translation>
    </message>
    <message>
        <source>File every selected case (batch approve, Ctrl+Shift+F)</source>
        <translation>对所有选中案卷立案（批量审批，Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Re-read counts, list and case (F5)</source>
        <translation>重新读取数量、列表和案卷（F5）</translation>
    </message>
    <message>
        <source>%1 queue</source>
        <extracomment>the work queue of a post, e.g. 受理员 queue</extracomment>
        <translation>%1待办队列</translation>
    </message>
    <message>
        <source>All cases</source>
        <extracomment>全部案卷</extracomment>
        <translation>全部案卷</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <extracomment>超期案卷</extracomment>
        <translation>超期案卷</translation>
    </message>
    <message>
        <source>New in your %1: case %2 (%3)</source>
        <translation>您的%1有新案卷：%2（%3）</translation>
    </message>
    <message>
        <source>Case %1 in your %2 changed: %3 → %4</source>
        <translation>您的%2中的案卷 %1 已变更：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform>（另有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done on case %2.</source>
        <translation>已对案卷 %2 执行%1。</translation>
    </message>
    <message>
        <source>Case %1 registered.</source>
        <translation>案卷 %1 已登记。</translation>
    </message>
    <message>
        <source>Select the cases to file first.</source>
        <translation>请先选择要立案的案卷。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) filed.</source>
        <translation>
            <numerusform>已立案 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n refused.</source>
        <translation>
            <numerusform>%1 %n 件被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch filing</source>
        <translation>批量立案</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>被拒绝：</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n refused: %2</source>
        <translation>
            <numerusform>%1 %n 件被拒绝：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases to CSV</source>
        <translation>将案卷导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation>正在导出案卷…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 件案卷导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the queues</source>
        <translation>显示或隐藏待办队列</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>show/hide the case detail column</extracomment>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Show or hide the case detail</source>
        <translation>显示或隐藏案卷详情</translation>
    </message>
    <message>
        <source>New reports are registered by an operator (受理员) or a collector (监督员).</source>
        <extracomment>Ctrl+N by a user who does not register reports</extracomment>
        <translation>新上报由受理员或监督员登记。</translation>
    </message>
    <message>
        <source>Your unsaved draft is back; Cancel offers to discard it.</source>
        <extracomment>已恢复上次未保存的草稿</extracomment>
        <translation>已恢复您上次未保存的草稿；点“取消”可选择放弃。</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft kept: Ctrl+N opens it again.</source>
        <translation>草稿已保留：按 Ctrl+N 继续填写。</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ConfigDialog</name>
    <message>
        <source>Centre rules</source>
        <extracomment>中心规则设置</extracomment>
        <translation>中心规则</translation>
    </message>
    <message>
        <source>Categories and standards</source>
        <extracomment>类别与立结案标准</extracomment>
        <translation>类别与立结案标准</translation>
    </message>
    <message>
        <source>Stage limits</source>
        <extracomment>环节时限</extracomment>
        <translation>环节时限</translation>
    </message>
    <message>
        <source>Routing</source>
        <extracomment>派遣规则</extracomment>
        <translation>派遣规则</translation>
    </message>
    <message>
        <source>Check shows what this version changes.</source>
        <extracomment>检查结果：与现行规则的差异</extracomment>
        <translation>“检查”列出本版本相对现行规则的改动。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Limit (normal)</source>
        <translation>处置时限（一般）</translation>
    </message>
    <message>
        <source>Limit (urgent)</source>
        <translation>处置时限（紧急）</translation>
    </message>
    <message>
        <source>Default level</source>
        <translation>默认等级</translation>
    </message>
    <message>
        <source>Limits: 4wh = 4 working hours, 5wd = 5 working days, 30m = 30 minutes, 6h = 6 hours.</source>
        <translation>时限写法：4wh = 4 个工作时，5wd = 5 个工作日，30m = 30 分钟，6h = 6 小时。</translation>
    </message>
    <message>
        <source>One condition per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>Filing standard:</source>
        <extracomment>立案标准</extracomment>
        <translation>立案标准：</translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准</extracomment>
        <translation>结案标准：</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>新增小类</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除小类</translation>
    </message>
    <message>
        <source>How long the centre&apos;s own steps may take, per level. The disposal limit is each category&apos;s.</source>
        <translation>中心各环节按等级的办理时限；处置时限见各小类。</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>A case of a category in an area goes to the department of the highest priority; at equal priority a responsibility grid&apos;s rule comes before the whole city&apos;s (area left empty).</source>
        <translation>某区域内某小类的案卷派往优先级最高的规则所指部门；优先级相同时，责任网格的规则优先于全市规则（区域留空）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>Area (responsibility grid)</source>
        <translation>区域（责任网格）</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>新增规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Default department:</source>
        <extracomment>默认部门（无规则匹配时）</extracomment>
        <translation>默认部门：</translation>
    </message>
    <message>
        <source>What this version changes (kept with it)</source>
        <extracomment>版本说明</extracomment>
        <translation>版本说明（随版本保存）</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>导出文件…</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>检查</extracomment>
        <translation>检查</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <extracomment>发布新版本</extracomment>
        <translation>发布为新版本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In force: the national defaults (no version published yet).</source>
        <translation>现行：国家标准默认规则（尚未发布版本）。</translation>
    </message>
    <message>
        <source>In force: version %1, published %2 by %3.</source>
        <translation>现行：第 %1 版，%3 于 %2 发布。</translation>
    </message>
    <message>
        <source>No change against the rules in force.</source>
        <translation>与现行规则相比没有改动。</translation>
    </message>
    <message>
        <source>Version %1 is in force. Cases reported before keep their rules; the hub sends it to every workstation.</source>
        <translation>第 %1 版已生效。此前上报的案卷沿用原规则；中心服务器会将其下发到每个工作站。</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Sending for checking</source>
        <translation>发送核查</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation>部门与人员</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ConfirmHandoverDialog</name>
    <message>
        <source>Confirm the handover</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>交班人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>交班说明：</translation>
    </message>
    <message>
        <source>Carried over (%1):</source>
        <translation>移交事项（%1）：</translation>
    </message>
    <message>
        <source>Optional: what you found different</source>
        <translation>选填：接班时发现的不同情况</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>接班说明：</translation>
    </message>
    <message>
        <source>Confirm handover</source>
        <translation>确认接班</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::DutyBar</name>
    <message>
        <source>Confirm handover…</source>
        <extracomment>确认接班</extracomment>
        <translation>确认接班…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <extracomment>交接班</extracomment>
        <translation>交接班…</translation>
    </message>
    <message>
        <source>Duty log…</source>
        <extracomment>值班日志</extracomment>
        <translation>值班日志…</translation>
    </message>
    <message>
        <source>On duty: %1 · Leader: %2 · Staff: %3</source>
        <extracomment>当前班次 … · 带班领导 … · 值班 …</extracomment>
        <translation>当前班次：%1 · 带班领导：%2 · 值班人员：%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>nobody rostered</source>
        <translation>未排班</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::DutyLogDialog</name>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A notable event of the shift</source>
        <translation>本班次的重要情况</translation>
    </message>
    <message>
        <source>Case number (optional)</source>
        <translation>案卷编号（选填）</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待跟进</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationBulletinDialog</name>
    <message>
        <source>Bulletin</source>
        <extracomment>通报</extracomment>
        <translation>通报</translation>
    </message>
    <message>
        <source>Weekly</source>
        <extracomment>周报</extracomment>
        <translation>周报</translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>月报</extracomment>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>季报</extracomment>
        <translation>季报</translation>
    </message>
    <message>
        <source>2026-W48 (week), 2026-11 (month) or 2026-Q4 (quarter)</source>
        <translation>2026-W48(周)、2026-11(月)或 2026-Q4(季度)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Write</source>
        <extracomment>生成 (write the bulletin file)</extracomment>
        <translation>生成</translation>
    </message>
    <message>
        <source>Write the bulletin to</source>
        <translation>通报保存为</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>请指定要生成的文件。</translation>
    </message>
    <message>
        <source>Writing the bulletin of %1…</source>
        <translation>正在生成 %1 的通报…</translation>
    </message>
    <message>
        <source>This window cannot write bulletins.</source>
        <translation>此窗口不能生成通报。</translation>
    </message>
    <message>
        <source>The bulletin was not written: %1 [%2]</source>
        <translation>通报未生成：%1 [%2]</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationModel</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>%1 (weight %2%): %3</source>
        <translation>%1（权重 %2%）：%3</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>专业部门</translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>综合指标值</extracomment>
        <translation>综合指标值</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>%1, weight %2% of the score</source>
        <translation>%1，占综合指标值权重 %2%</translation>
    </message>
    <message>
        <source>Lower is better: the score counts 100% minus the rate.</source>
        <translation>越低越好：得分按 100% 减去该比率计算。</translation>
    </message>
    <message>
        <source>A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E &lt; 40</source>
        <translation>A ≥ 90，B ≥ 75，C ≥ 60，D ≥ 40，E &lt; 40</translation>
    </message>
    <message>
        <source>%1: nothing was due</source>
        <translation>%1：无应办事项</translation>
    </message>
    <message>
        <source>&quot;—&quot;: nothing was due; the score is the weighted mean of the others.</source>
        <translation>“—”：本期无应办事项；综合指标值按其余指标加权平均。</translation>
    </message>
    <message>
        <source>No figures for this row</source>
        <translation>此行无数据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1
as published</source>
        <extracomment>已发布 (the figure as issued)</extracomment>
        <translation>%1
(已发布)</translation>
    </message>
    <message>
        <source>%1
vs previous (pp)</source>
        <extracomment>环比, in percentage points (百分点)</extracomment>
        <translation>%1
环比(百分点)</translation>
    </message>
    <message>
        <source>%1
vs a year earlier (pp)</source>
        <extracomment>同比, in percentage points (百分点)</extracomment>
        <translation>%1
同比(百分点)</translation>
    </message>
    <message>
        <source>Change against %1, in percentage points (环比)</source>
        <translation>与%1相比的变化，单位：百分点（环比）</translation>
    </message>
    <message>
        <source>Change against %1, in percentage points (同比)</source>
        <translation>与%1相比的变化，单位：百分点（同比）</translation>
    </message>
    <message>
        <source>&quot;—&quot;: nothing was due, or no figures to compare.</source>
        <translation>“—”：无应结案件，或无可比数据。</translation>
    </message>
    <message>
        <source>%1
as of now</source>
        <extracomment>截至目前</extracomment>
        <translation>%1
(截至目前)</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationView</name>
    <message>
        <source>By department</source>
        <extracomment>按部门</extracomment>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By region (responsibility grid)</source>
        <extracomment>按区域(责任网格)</extracomment>
        <translation>按区域(责任网格)</translation>
    </message>
    <message>
        <source>By post</source>
        <extracomment>按岗位</extracomment>
        <translation>按岗位</translation>
    </message>
    <message>
        <source>What to evaluate</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>One post shows its own indicators</source>
        <translation>选择单个岗位时显示该岗位自身的指标</translation>
    </message>
    <message>
        <source>From </source>
        <translation>从 </translation>
    </message>
    <message>
        <source> to </source>
        <translation> 至 </translation>
    </message>
    <message>
        <source>The last day, included</source>
        <translation>截止日（含当天）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Evaluate the period again (%1)</source>
        <translation>重新评价该时段（%1）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <source>The period is empty: the start date %1 is after the end date %2.</source>
        <translation>时段为空：开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评价失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 – %3: %n row(s)</source>
        <translation>
            <numerusform>%1，%2 – %3：共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>，平均分 %1</translation>
    </message>
    <message>
        <source>No rows in this period</source>
        <extracomment>综合指标值</extracomment>
        <translation>该时段内没有数据</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合指标值</translation>
    </message>
    <message>
        <source>By post: %1</source>
        <translation>按岗位：%1</translation>
    </message>
    <message>
        <source>Evaluation: %1, %2–%3</source>
        <extracomment>综合评价 %1 %2–%3 (scope, first day, last day)</extracomment>
        <translation>综合评价 %1 %2–%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Evaluated %1 (%2)</source>
        <translation>评价于 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot create the PDF document.</source>
        <translation>无法创建 PDF 文档。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Whole city: %1</source>
        <translation>全市：%1</translation>
    </message>
    <message>
        <source>target %1%</source>
        <extracomment>目标 (the 结案率 target line)
----------
目标 90%</extracomment>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>Whole city, as of now: %1</source>
        <translation>全市（截至目前）：%1</translation>
    </message>
    <message>
        <source>As published %1 by %2: %3 %4 · %5 %6</source>
        <translation>已发布（%1，%2）：%3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish the figures of %1 – %2? Published figures are frozen as issued.</source>
        <translation>发布 %1 – %2 的统计数据？发布后数据按发布时冻结，不再变动。</translation>
    </message>
    <message>
        <source>Not published: %1 [%2]</source>
        <translation>未发布：%1 [%2]</translation>
    </message>
    <message>
        <source>By street</source>
        <extracomment>按街道</extracomment>
        <translation>按街道</translation>
    </message>
    <message>
        <source>By community</source>
        <extracomment>按社区</extracomment>
        <translation>按社区</translation>
    </message>
    <message>
        <source>By unit grid</source>
        <extracomment>按单元网格</extracomment>
        <translation>按单元网格</translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>发布 (freeze the period&apos;s figures as issued)</extracomment>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Freeze this period&apos;s figures as published (shift leader or administrator)</source>
        <translation>将本期统计数据按发布冻结（值班长或系统管理员）</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <extracomment>发布于 … (时间, 发布人)</extracomment>
        <translation>已于 %1 由 %2 发布</translation>
    </message>
    <message>
        <source>the period before, %1</source>
        <extracomment>上期 (环比)</extracomment>
        <translation>上期（%1）</translation>
    </message>
    <message>
        <source>the same days a year earlier, %1</source>
        <extracomment>去年同期 (同比)</extracomment>
        <translation>去年同期（%1）</translation>
    </message>
    <message>
        <source>≥ target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>&lt; target</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>The bulletin was written to %1.</source>
        <translation>通报已生成：%1。</translation>
    </message>
    <message>
        <source>Bulletin…</source>
        <extracomment>通报 (the weekly, monthly or quarterly bulletin)</extracomment>
        <translation>通报…</translation>
    </message>
    <message>
        <source>Write the weekly, monthly or quarterly bulletin (通报) as PDF, ODT or XLSX</source>
        <translation>生成周报、月报或季报（通报），格式为 PDF、ODT 或 XLSX</translation>
    </message>
    <message>
        <source>By channel</source>
        <extracomment>按渠道(问题来源)</extracomment>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By kind (component/event)</source>
        <extracomment>按类型(部件/事件)</extracomment>
        <translation>按类型(部件/事件)</translation>
    </message>
    <message>
        <source>By class (大类)</source>
        <extracomment>按大类</extracomment>
        <translation>按大类</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>环比/同比</extracomment>
        <translation>环比/同比</translation>
    </message>
    <message>
        <source>Add the change of 结案率 and 按期结案率 against the period before (环比) and a year earlier (同比)</source>
        <translation>增加结案率和按期结案率与上期（环比）和去年同期（同比）相比的变化</translation>
    </message>
    <message>
        <source>Chart: composite score</source>
        <extracomment>图表:综合指标值</extracomment>
        <translation>图表：综合指标值</translation>
    </message>
    <message>
        <source>Chart: closing rate</source>
        <extracomment>图表:结案率</extracomment>
        <translation>图表：结案率</translation>
    </message>
    <message>
        <source>The 结案率 chart draws the target line of the evaluation rules</source>
        <translation>结案率图表画出评价规则中的目标线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>percentage points: %1 个百分点</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>closing rate %1 on the period before, %2 on a year earlier</source>
        <extracomment>结案率环比 %1, 同比 %2</extracomment>
        <translation>结案率环比 %1，同比 %2</translation>
    </message>
    <message>
        <source>By shift…</source>
        <extracomment>按班次: the hall&apos;s work per shift in the period</extracomment>
        <translation>按班次…</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::HandoverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <source>What the next shift must know: events, calls, what to follow up</source>
        <translation>下一班需要知道的：重要事件、来电、待跟进事项</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>交班说明：</translation>
    </message>
    <message>
        <source>Carried over (%1):</source>
        <translation>移交事项（%1）：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::IntakeDialog</name>
    <message>
        <source>New report</source>
        <extracomment>新建上报</extracomment>
        <translation>新建上报</translation>
    </message>
    <message>
        <source>Channel:</source>
        <extracomment>来源</extracomment>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Category:</source>
        <extracomment>大类/小类</extracomment>
        <translation>大类/小类：</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Level:</source>
        <extracomment>等级</extracomment>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>地址</extracomment>
        <translation>地址：</translation>
    </message>
    <message>
        <source>longitude, e.g. 114.352</source>
        <translation>经度，例如 114.352</translation>
    </message>
    <message>
        <source>latitude, e.g. 35.908</source>
        <translation>纬度，例如 35.908</translation>
    </message>
    <message>
        <source>Point (lon, lat):</source>
        <translation>坐标（经度, 纬度）：</translation>
    </message>
    <message>
        <source>Type a point to find its grid.</source>
        <translation>输入坐标以查找所在网格。</translation>
    </message>
    <message>
        <source>Grid:</source>
        <extracomment>单元网格 / 责任网格 / 社区</extracomment>
        <translation>单元网格 / 责任网格 / 社区：</translation>
    </message>
    <message>
        <source>caller name or phone</source>
        <translation>来电人姓名或电话</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>上报人：</translation>
    </message>
    <message>
        <source>Description:</source>
        <extracomment>问题描述</extracomment>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Possible duplicates: none</source>
        <extracomment>疑似重复案卷</extracomment>
        <translation>疑似重复案卷：无</translation>
    </message>
    <message>
        <source>Registering as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>登记人：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+Enter)</source>
        <translation>保存上报（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Disposal limit: %1 (normal), %2 (urgent)</source>
        <extracomment>处置时限 一般/紧急</extracomment>
        <translation>处置时限：%1（一般），%2（紧急）</translation>
    </message>
    <message>
        <source>Filing conditions:</source>
        <extracomment>立案条件</extracomment>
        <translation>立案条件：</translation>
    </message>
    <message>
        <source>Outside every grid</source>
        <extracomment>不在任何单元网格内</extracomment>
        <translation>不在任何单元网格内</translation>
    </message>
    <message>
        <source>Unit grid %1 · responsibility grid %2 · community %3</source>
        <translation>单元网格 %1 · 责任网格 %2 · 社区 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (same category within 50 m and 7 days, open): %n — saving anyway is allowed</source>
        <translation>
            <numerusform>疑似重复案卷（同一类别、50 米以内、7 天以内、未结案）：%n 件 — 仍可保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos:</source>
        <extracomment>现场照片</extracomment>
        <translation>现场照片：</translation>
    </message>
    <message>
        <source>Search code, Chinese, pinyin or English name</source>
        <translation>搜索编码、中文名、拼音或英文名</translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation>地图选点…</translation>
    </message>
    <message>
        <source>Up/Down choose, Enter takes the highlighted category</source>
        <translation>上/下键选择，回车确认高亮的类别</translation>
    </message>
    <message>
        <source>Click the place on the grid map; an empty address gets the grid&apos;s street and community</source>
        <translation>在网格地图上点选位置；地址为空时填入该网格所在的街道和社区</translation>
    </message>
    <message>
        <source>Close; what was typed can be kept as a draft (Esc)</source>
        <translation>关闭；已填写的内容可保留为草稿（Esc）</translation>
    </message>
    <message>
        <source>Community code %1</source>
        <translation>社区编码 %1</translation>
    </message>
    <message>
        <source>category</source>
        <extracomment>the fields named in &quot;Missing: 类别、问题描述&quot;</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>a valid point (longitude and latitude)</source>
        <translation>有效的坐标（经纬度）</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <extracomment>followed by the list of missing fields, joined with 、</extracomment>
        <translation>请填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft? It opens again with the next new report, also after a restart.</source>
        <translation>将已填写的内容保留为草稿？下次新建上报时会自动恢复，重启后也不会丢失。</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <extracomment>保留草稿</extracomment>
        <translation>保留草稿</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <extracomment>继续填写</extracomment>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准 (the centre&apos;s configuration, docs/config.md)</extracomment>
        <translation>结案标准：</translation>
    </message>
    <message>
        <source>On the map:</source>
        <extracomment>位置 (the small map)</extracomment>
        <translation>地图位置：</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::LoginDialog</name>
    <message>
        <source>CityCommand — Log in</source>
        <translation>CityCommand — 登录</translation>
    </message>
    <message>
        <source>CityCommand</source>
        <translation>CityCommand</translation>
    </message>
    <message>
        <source>Digital city management command centre</source>
        <translation>数字化城市管理指挥中心</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::OrgPage</name>
    <message>
        <source>Each change here takes effect at once and goes to the hub as one change, checked again there. Users who acted on cases are deactivated, never deleted.</source>
        <translation>此处每项修改立即生效，并作为一次变更发往中心服务器，由其再次检查。办理过案卷的人员只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Departments</source>
        <extracomment>部门</extracomment>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>新增部门</extracomment>
        <translation>新增部门…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>修改部门（名称、类型、电话）</extracomment>
        <translation>修改部门…</translation>
    </message>
    <message>
        <source>Retire</source>
        <extracomment>撤销部门</extracomment>
        <translation>撤销部门</translation>
    </message>
    <message>
        <source>Retire department</source>
        <translation>撤销部门</translation>
    </message>
    <message>
        <source>Retire department %1? Its cases keep naming it.</source>
        <translation>撤销部门 %1？其案卷仍保留该部门名称。</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>人员</extracomment>
        <translation>人员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>单位正职</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Posts and department…</source>
        <extracomment>修改岗位与部门</extracomment>
        <translation>岗位与部门…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <extracomment>停用/启用</extracomment>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete %1? Only a user who never acted on a case can be deleted; otherwise deactivate them.</source>
        <translation>删除 %1？只有从未办理过案卷的人员才能删除，否则请停用。</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>部门状态：在用/已撤销</extracomment>
        <translation>在用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>unit head</source>
        <extracomment>单位正职</extracomment>
        <translation>单位正职</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>Saved: %1. It goes to the hub with the next sync.</source>
        <translation>已保存：%1。下次同步时发往中心服务器。</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation>修改部门 %1</translation>
    </message>
    <message>
        <source>sanitation, gardens, roads … (matches the categories)</source>
        <translation>sanitation、gardens、roads……（与类别的部门类型对应）</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters; tell them to change it):</source>
        <translation>%1 的新密码（至少 8 个字符；请提醒其自行修改）：</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Routes</source>
        <extracomment>派遣规则（条）</extracomment>
        <translation>派遣规则</translation>
    </message>
    <message>
        <source>How many routing rules of the rules in force send cases to it (tab Routing); a department they name cannot be retired.</source>
        <translation>现行规则中有多少条派遣规则将案卷派往该部门（见“派遣规则”页）；被派遣规则引用的部门不能撤销。</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::OrgUserForm</name>
    <message>
        <source>Add user</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Posts:</source>
        <extracomment>岗位</extracomment>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>none (the centre&apos;s staff)</source>
        <extracomment>无（中心人员）</extracomment>
        <translation>无（中心人员）</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>a collector&apos;s responsibility grid, e.g. R03</source>
        <translation>监督员的责任网格，如 R03</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Unit head of the department (texted on dispatch)</source>
        <extracomment>单位正职（派遣时短信通知）</extracomment>
        <translation>部门单位正职（派遣时短信通知）</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters. The new password holds on every workstation once this one has synced with the hub.</source>
        <translation>至少 %1 个字符。本工作站与中心库同步后，新密码在所有工作站生效。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the new one again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No photos. Add them or drop image files here.</source>
        <translation>暂无照片。请添加，或将图片文件拖到此处。</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>暂无照片。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB.</source>
        <translation>“%1”超过 %2 MB。</translation>
    </message>
    <message>
        <source>“%1” is not a photo this program can read.</source>
        <translation>“%1”不是本程序能读取的照片。</translation>
    </message>
    <message>
        <source>%1 (%2 KB) — double-click to view</source>
        <translation>%1（%2 KB）— 双击查看</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ShiftFiguresDialog</name>
    <message>
        <source>By shift: %1 – %2</source>
        <translation>按班次：%1 – %2</translation>
    </message>
    <message>
        <source>Shift</source>
        <extracomment>受理 立案 派遣 结案: the hall&apos;s steps in the shift</extracomment>
        <translation>班次</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cases handled</source>
        <translation>经办案卷</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>操作数</translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::SurveyTaskDialog</name>
    <message>
        <source>Give a survey task — %1</source>
        <translation>分派普查任务 — %1</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>Cc::Demo</name>
    <message>
        <source>cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Responsibility grid %1</source>
        <translation>责任网格 %1</translation>
    </message>
    <message>
        <source>components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>%1 already holds a city; the demo city is written only into a new database.</source>
        <translation>%1 中已有城市数据；示范城市只能写入新数据库。</translation>
    </message>
    <message>
        <source>The demo city needs at least 21 unit grids and no negative counts.</source>
        <translation>示范城市至少需要 21 个单元网格，且各项数量不能为负数。</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::AreaDrawDialog</name>
    <message>
        <source>Draw the area on the map</source>
        <translation>在地图上画范围</translation>
    </message>
    <message>
        <source>Click the corners of the area; double-click or Enter closes it. Backspace takes back a corner, Esc starts again; the middle button pans, the wheel zooms.</source>
        <translation>依次点击范围的各个拐点，双击或按回车闭合；退格键撤销一个拐点，Esc 重新开始；按住中键平移，滚轮缩放。</translation>
    </message>
    <message>
        <source>Use this area</source>
        <translation>使用此范围</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新画</translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s), about %1 m² (%2 km²). “Use this area” takes it; draw again to replace it.</source>
        <translation>
            <numerusform>%n 个拐点，约 %1 平方米（%2 平方公里）。点“使用此范围”采用；重新画则替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::FieldMappingDialog</name>
    <message>
        <source>Which field of the file holds each of ours?</source>
        <translation>文件中的哪个字段对应以下各项？</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::HotspotPanel</name>
    <message>
        <source>Hotspot layer (case density)</source>
        <translation>热点图层（案件密度）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Distance between the centres of neighbouring cells</source>
        <translation>相邻格子中心之间的距离</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>格子大小</translation>
    </message>
    <message>
        <source>Recurring problems (老不改)</source>
        <translation>老不改（反复发生的问题）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <source>%1 cases in %2 cells (%3 ms); %4 recurring places, %5 reworked or reopened cases</source>
        <translation>%2 个格子共 %1 件案卷（%3 毫秒）；反复发生地点 %4 处，返工或重办案卷 %5 件</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1，%2 – %3</translation>
    </message>
    <message>
        <source>Last on %1; double-click opens the case</source>
        <translation>最近一次：%1；双击打开案卷</translation>
    </message>
    <message>
        <source>%1 per cell</source>
        <translation>每格 %1 件</translation>
    </message>
    <message>
        <source>%1–%2 per cell</source>
        <translation>每格 %1–%2 件</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::MapCanvas</name>
    <message>
        <source>being filed</source>
        <translation>受理立案中</translation>
    </message>
    <message>
        <source>awaiting dispatch or sign-for</source>
        <translation>待派遣或待签收</translation>
    </message>
    <message>
        <source>being disposed</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>checking and closing</source>
        <translation>核查结案中</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Collector %1</source>
        <translation>监督员 %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>部件 %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>Unit grid %1</source>
        <translation>单元网格 %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Clicked at</source>
        <translation>点击位置</translation>
    </message>
    <message>
        <source>Draw the split line across a grid.</source>
        <translation>请画一条穿过网格的拆分线。</translation>
    </message>
    <message>
        <source>Only a supervisor may edit grid boundaries.</source>
        <translation>只有督查员可以编辑网格边界。</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>播放%1</translation>
    </message>
    <message>
        <source>Cameras near here</source>
        <translation>附近的摄像头</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::MapPanel</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Cameras near here</source>
        <translation>附近的摄像头</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Could not store collector positions: %1</source>
        <translation>无法保存监督员位置：%1</translation>
    </message>
    <message>
        <source>Click a feature to see it; drag to pan</source>
        <translation>点击要素查看其属性；拖动可平移地图</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>编辑顶点</translation>
    </message>
    <message>
        <source>Drag a vertex (shared corners move together; Alt: this grid only); drag a midpoint to add one; Delete removes one</source>
        <translation>拖动顶点（公共角点一起移动；按住 Alt 只移动本网格）；拖动边中点可添加顶点；按 Delete 删除顶点</translation>
    </message>
    <message>
        <source>Draw grid</source>
        <translation>绘制网格</translation>
    </message>
    <message>
        <source>Click the corners, double-click to finish</source>
        <translation>依次点击各角点，双击结束</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Draw a line across a grid, double-click to split it</source>
        <translation>画一条穿过网格的线，双击即拆分</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Click the grids to merge, then Enter</source>
        <translation>点击要合并的网格，然后按回车</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save grids</source>
        <translation>保存网格</translation>
    </message>
    <message>
        <source>Import grids…</source>
        <translation>导入网格…</translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation>导出图层…</translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation>底图…</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>GeoTIFF or MBTiles file, or a GDAL WMS/WMTS/XYZ source (empty: none):</source>
        <translation>GeoTIFF 或 MBTiles 文件，或 GDAL 的 WMS/WMTS/XYZ 数据源（留空：不用底图）：</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>地图上没有名为“%1”的对象。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Could not read the map layers: %1</source>
        <translation>无法读取地图图层：%1</translation>
    </message>
    <message>
        <source>Could not read the grids: %1</source>
        <translation>无法读取网格：%1</translation>
    </message>
    <message>
        <source>%1 unit grids, %2 components, %3 cases, %4 cameras</source>
        <translation>%1 个单元网格，%2 个部件，%3 件案卷，%4 个摄像头</translation>
    </message>
    <message>
        <source>Saved: %1 grids changed, %2 added, %3 deleted; the edits sync with the change journal.</source>
        <translation>已保存：修改 %1 个网格，新增 %2 个，删除 %3 个；这些修改将随变更日志同步。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported %1 grids (%2 new): check them on the map, then save.</source>
        <translation>已导入 %1 个网格（其中新增 %2 个）：请在地图上检查后保存。</translation>
    </message>
    <message>
        <source>%1 features of %2 written to %3</source>
        <translation>已将 %2 的 %1 个要素写入 %3</translation>
    </message>
    <message>
        <source>Import grids</source>
        <translation>导入网格</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.geojson *.json *.shp)</source>
        <translation>矢量文件 (*.gpkg *.geojson *.json *.shp)</translation>
    </message>
    <message>
        <source>“%1” holds no layer.</source>
        <translation>“%1”中没有图层。</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Import grids from %1</source>
        <translation>从 %1 导入网格</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</translation>
    </message>
    <message>
        <source>No basemap.</source>
        <translation>不使用底图。</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Play on the video wall</source>
        <translation>在视频墙上播放</translation>
    </message>
    <message>
        <source>Open in the workbench</source>
        <translation>在工作台中打开</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>%1 — %2 m</source>
        <translation>%1 — %2 米</translation>
    </message>
    <message>
        <source>Cameras nearest %1 (double-click one to play it)</source>
        <translation>距 %1 最近的摄像头（双击播放）</translation>
    </message>
    <message>
        <source>Import components…</source>
        <translation>导入部件…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n component(s).</source>
        <translation>
            <numerusform>已导入 %n 个部件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import components</source>
        <translation>导入部件</translation>
    </message>
    <message>
        <source>Import components from %1</source>
        <translation>从 %1 导入部件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search case, grid, community, camera… (pinyin too)</source>
        <translation>搜索案卷、网格、社区、摄像头…（支持拼音）</translation>
    </message>
    <message>
        <source>Suggestions while typing: case numbers, grid codes, communities and streets, cameras, components; Enter goes to the first</source>
        <translation>边输入边提示：案卷编号、网格编码、社区和街道、摄像头、部件；回车定位到第一项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>已定位：%1</translation>
    </message>
    <message>
        <source>Only a supervisor (督查员) edits grids</source>
        <translation>只有督查员可以编辑网格</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>No city dictionary to check the components against.</source>
        <translation>没有可用于核对部件的城市字典。</translation>
    </message>
    <message>
        <source>Import addresses…</source>
        <extracomment>导入地名地址 (streets with house numbers, places)</extracomment>
        <translation>导入地名地址…</translation>
    </message>
    <message>
        <source>Address gazetteer: %1 street rows and %2 places imported, %3 intersections.</source>
        <extracomment>地名地址</extracomment>
        <translation>地名地址：已导入 %1 段道路、%2 个地点，共 %3 个交叉口。</translation>
    </message>
    <message>
        <source>Import addresses</source>
        <translation>导入地名地址</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.geojson *.json *.shp *.csv)</source>
        <translation>矢量文件 (*.gpkg *.geojson *.json *.shp *.csv)</translation>
    </message>
    <message>
        <source>Streets from %1</source>
        <translation>从 %1 导入道路</translation>
    </message>
    <message>
        <source>Places from %1</source>
        <translation>从 %1 导入地点</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::PlacePreviewMap</name>
    <message>
        <source>Where the address lies; drag to look around</source>
        <translation>地址所在位置；拖动可查看周边</translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::PointPickerDialog</name>
    <message>
        <source>Pick the place on the map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <source>Click the place; drag to pan, wheel to zoom.</source>
        <translation>点击问题所在位置；拖动平移，滚轮缩放。</translation>
    </message>
    <message>
        <source>Point %1, %2 — OK takes it, or click elsewhere.</source>
        <translation>位置 %1, %2 — 点击“确定”采用，或点击其他位置。</translation>
    </message>
</context>
<context>
    <name>Cc::NotifyWidgets::NotifySettingsDialog</name>
    <message>
        <source>department users</source>
        <translation>部门人员</translation>
    </message>
    <message>
        <source>role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>person (login)</source>
        <translation>指定人员（登录名）</translation>
    </message>
    <message>
        <source>unit head</source>
        <extracomment>单位正职</extracomment>
        <translation>单位正职</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <source>Who is told what, and how, when a case is dispatched, nears or passes its deadline, is supervised, urged, returned or closed. Empty department: the case&apos;s own.</source>
        <translation>案件派遣、临近或超过时限、督办、催办、回退、结案时，通知谁、如何通知、通知什么。部门留空：案件所在部门。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <source>department code, role or login; empty: the case&apos;s department</source>
        <translation>部门编码、岗位或登录名；留空：案件所在部门</translation>
    </message>
    <message>
        <source>e.g. 【数字城管】案件{number}（{category}，{address}）已派遣，请于{deadline}前处置。</source>
        <translation>例如：【数字城管】案件{number}（{category}，{address}）已派遣，请于{deadline}前处置。</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>可用字段：%1</translation>
    </message>
    <message>
        <source>Urgent (sent in quiet hours too)</source>
        <translation>紧急（免打扰时段也发送）</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 sent, %3 failed, %4 unreachable</source>
        <translation>发件箱：待发送 %1，已发送 %2，失败 %3，无法送达 %4</translation>
    </message>
    <message>
        <source>Rule “%1” added.</source>
        <translation>已添加规则“%1”。</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <translation>已删除规则“%1”。</translation>
    </message>
    <message>
        <source>Quiet hours %1 saved.</source>
        <translation>已保存免打扰时段 %1。</translation>
    </message>
    <message>
        <source>No quiet hours.</source>
        <translation>不设免打扰时段。</translation>
    </message>
</context>
<context>
    <name>Cc::Overview::CityOverviewMap</name>
    <message>
        <source>Responsibility grid</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>在办案卷</translation>
    </message>
    <message>
        <source>Overdue case</source>
        <translation>超期案卷</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
</context>
<context>
    <name>Cc::Overview::OverviewPanel</name>
    <message>
        <source>Open cases</source>
        <translation>在办案卷</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Reported today</source>
        <translation>今日上报</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>今日结案</translation>
    </message>
    <message>
        <source>Parked (挂账)</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>专业部门</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation>各状态案卷数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
</context>
<context>
    <name>Cc::Positioning::CollectorFeed</name>
    <message>
        <source>Position source of %1 failed (error %2).</source>
        <translation>%1 的定位源出错（错误 %2）。</translation>
    </message>
    <message>
        <source>Device of %1: %2</source>
        <translation>%1 的定位设备：%2</translation>
    </message>
    <message>
        <source>Cannot read the NMEA log %1: %2</source>
        <translation>无法读取 NMEA 日志 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is not tcp://host:port.</source>
        <translation>“%1”不是 tcp://主机:端口 格式。</translation>
    </message>
</context>
<context>
    <name>Cc::Recording::CameraRecorder</name>
    <message>
        <source>The camera ended the stream</source>
        <translation>摄像机结束了码流</translation>
    </message>
    <message>
        <source>The camera stopped answering (RTCP timeout)</source>
        <translation>摄像机停止响应（RTCP 超时）</translation>
    </message>
    <message>
        <source>The GStreamer element %1 is missing</source>
        <translation>缺少 GStreamer 组件 %1</translation>
    </message>
    <message>
        <source>The recording pipeline did not start</source>
        <translation>录像管道未能启动</translation>
    </message>
    <message>
        <source>No data from the camera for %1 s</source>
        <translation>摄像头已 %1 秒无数据</translation>
    </message>
</context>
<context>
    <name>Cc::Recording::ClipExport</name>
    <message>
        <source>A clip must end after it starts and last at most %1 s</source>
        <translation>片段的结束时间须晚于开始时间，且最长 %1 秒</translation>
    </message>
    <message>
        <source>Nothing of this camera is recorded in that time</source>
        <translation>该摄像头在这段时间内没有录像</translation>
    </message>
    <message>
        <source>The clip could not be written</source>
        <translation>无法写入片段</translation>
    </message>
    <message>
        <source>The clip is larger than %1 MB: choose a shorter one</source>
        <translation>片段超过 %1 MB：请选择更短的时段</translation>
    </message>
</context>
<context>
    <name>Cc::Recording::Recorder</name>
    <message>
        <source>Cannot create the recording folder %1</source>
        <translation>无法创建录像目录 %1</translation>
    </message>
    <message>
        <source>Another recorder is writing into %1</source>
        <translation>另一个录像进程正在写入 %1</translation>
    </message>
</context>
<context>
    <name>Cc::Recording::RecordingIndex</name>
    <message>
        <source>The recording index failed: %1</source>
        <translation>录像索引出错：%1</translation>
    </message>
    <message>
        <source>Cannot create the recording folder %1</source>
        <translation>无法创建录像目录 %1</translation>
    </message>
</context>
<context>
    <name>Cc::Storage</name>
    <message>
        <source>Case %1 was changed meanwhile (expected version %2). Reload it and try again.</source>
        <translation>案卷 %1 在此期间已被修改（预期版本 %2）。请重新加载后再试。</translation>
    </message>
    <message>
        <source>The change breaks a database rule: %1</source>
        <translation>此修改违反数据库约束：%1</translation>
    </message>
    <message>
        <source>The database is busy in another program: %1</source>
        <translation>数据库正被其他程序占用：%1</translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>数据库为只读：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Statement not prepared</source>
        <translation>SQL 语句未预编译</translation>
    </message>
    <message>
        <source>No transaction is active</source>
        <translation>没有活动的事务</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database file (%2). It was left unchanged; restore it from a backup or synchronise a fresh copy from the hub.</source>
        <translation>%1 已损坏或不是数据库文件（%2）。文件未作改动；请从备份恢复，或从中心服务器同步一份新的副本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>bad page size</source>
        <translation>页大小无效</translation>
    </message>
    <message>
        <source>file truncated</source>
        <translation>文件被截断</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CityCommand GeoPackage. It was left unchanged.</source>
        <translation>%1 是 SQLite 数据库，但不是 CityCommand GeoPackage。文件未作改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CityCommand (schema %2, this version knows up to %3). Update CityCommand to open it.</source>
        <translation>%1 由更新版本的 CityCommand 写入（结构版本 %2，本版本最高支持 %3）。请升级 CityCommand 后再打开。</translation>
    </message>
    <message>
        <source>No database path or mode</source>
        <translation>未指定数据库路径或打开模式</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a CityCommand GeoPackage.</source>
        <translation>%1 是空的 SQLite 数据库，不是 CityCommand GeoPackage。</translation>
    </message>
    <message>
        <source>%1 has an older schema and cannot be upgraded read-only.</source>
        <translation>%1 的结构版本较旧，以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode.</source>
        <translation>无法将 %1 切换到 WAL 模式。</translation>
    </message>
    <message>
        <source>Malformed geometry: %1</source>
        <translation>几何数据格式错误：%1</translation>
    </message>
    <message>
        <source>Expected a point geometry, found type %1</source>
        <translation>应为点几何，实际类型为 %1</translation>
    </message>
    <message>
        <source>The point is empty</source>
        <translation>点为空</translation>
    </message>
    <message>
        <source>Expected a polygon geometry, found type %1</source>
        <translation>应为多边形几何，实际类型为 %1</translation>
    </message>
    <message>
        <source>The geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <source>Spatial table %1 lacks an integer primary key</source>
        <translation>空间表 %1 缺少整数主键</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>No conflict with id %1</source>
        <translation>找不到 ID 为 %1 的冲突记录</translation>
    </message>
    <message>
        <source>The integrity check was cancelled.</source>
        <translation>完整性检查已取消。</translation>
    </message>
    <message>
        <source>The database %1 was found damaged (%2). CityCommand no longer writes to it, so nothing more is lost: this change was not made. Restore the file from a backup or synchronise a fresh copy from the hub; `cityctl info --check` checks it again.</source>
        <translation>数据库 %1 已被发现损坏（%2）。CityCommand 不再写入该文件，因此不会再丢失任何内容：本次更改未执行。请从备份恢复该文件，或从中心库同步一份新副本；`cityctl info --check` 可再次检查。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). From now on CityCommand only reads it; restore it from a backup or the hub.</source>
        <translation>数据库已损坏（%1）。从现在起 CityCommand 只读取它；请从备份或中心库恢复。</translation>
    </message>
    <message>
        <source>marked damaged</source>
        <translation>已标记为损坏</translation>
    </message>
    <message>
        <source>Expected a line geometry, found type %1</source>
        <translation>应为线几何，实际为类型 %1</translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::ConflictsDialog</name>
    <message>
        <source>Someone else changed the case first.</source>
        <translation>其他人已先行变更了该案卷。</translation>
    </message>
    <message>
        <source>The case belongs to another department.</source>
        <translation>该案卷属于其他部门。</translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation>您的岗位无权执行此步骤。</translation>
    </message>
    <message>
        <source>This step is not possible in the case&apos;s state on the hub.</source>
        <translation>案卷在中心服务器上的状态不允许此步骤。</translation>
    </message>
    <message>
        <source>The step was taken by another user than the one connected.</source>
        <translation>此步骤的操作人与当前连接的用户不同。</translation>
    </message>
    <message>
        <source>The hub does not have this case.</source>
        <translation>中心服务器上没有该案卷。</translation>
    </message>
    <message>
        <source>Someone else changed the grid first.</source>
        <translation>其他人已先行修改了该网格。</translation>
    </message>
    <message>
        <source>The new outline is not a valid polygon.</source>
        <translation>新的网格边界不是有效的多边形。</translation>
    </message>
    <message>
        <source>%1 (hub: %2)</source>
        <translation>%1（中心服务器：%2）</translation>
    </message>
    <message>
        <source>Conflicts with the hub</source>
        <translation>与中心服务器的冲突</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why the hub refused</source>
        <translation>中心服务器拒绝的原因</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Collector position</source>
        <translation>监督员位置</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>已被他人先行修改。</translation>
    </message>
    <message>
        <source>The new shape is not valid.</source>
        <translation>新的图形无效。</translation>
    </message>
    <message>
        <source>The hub has it already.</source>
        <translation>中心库中已存在该记录。</translation>
    </message>
    <message>
        <source>The hub does not have it (any more).</source>
        <translation>中心库中没有（或已删除）该记录。</translation>
    </message>
    <message>
        <source>It was saved together with a change the hub refused, so none of them was taken.</source>
        <translation>它与一项被中心库拒绝的修改一同保存，因此整批修改均未被接受。</translation>
    </message>
    <message>
        <source>The hub does not take this kind of change.</source>
        <translation>中心库不接受此类修改。</translation>
    </message>
    <message>
        <source>Case / row</source>
        <translation>案卷 / 记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>This workstation&apos;s change</source>
        <translation>本工作站的修改</translation>
    </message>
    <message>
        <source>The hub&apos;s version</source>
        <translation>中心库的版本</translation>
    </message>
    <message numerus="yes">
        <source>outline of %n corner(s)</source>
        <translation>
            <numerusform>%n 个角点的边界</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no such row.</source>
        <translation>中心库没有这条记录。</translation>
    </message>
    <message>
        <source>Departments and users</source>
        <extracomment>部门与人员的一次变更</extracomment>
        <translation>部门与人员</translation>
    </message>
    <message>
        <source>Someone changed these departments or users on the hub first; reload and edit again.</source>
        <translation>他人已先在中心服务器上修改了这些部门或人员；请重新读取后再修改。</translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::HubStatusWidget</name>
    <message>
        <source>No stored password for hub login %1: join the hub again.</source>
        <translation>未保存中心服务器账号 %1 的密码：请重新加入中心服务器。</translation>
    </message>
    <message>
        <source>Stand-alone: no hub configured, working on the local database</source>
        <translation>单机模式：未配置中心服务器，正在使用本地数据库</translation>
    </message>
    <message>
        <source>Hub offline since %1</source>
        <translation>中心服务器自 %1 起离线</translation>
    </message>
    <message>
        <source>Hub offline</source>
        <translation>中心服务器离线</translation>
    </message>
    <message numerus="yes">
        <source> · %n action(s) queued</source>
        <translation>
            <numerusform> · %n 项操作待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub: syncing %n item(s)…</source>
        <translation>
            <numerusform>中心服务器：正在同步 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub connected · last sync %1</source>
        <translation>已连接中心服务器 · 上次同步 %1</translation>
    </message>
    <message>
        <source>Hub connected</source>
        <translation>已连接中心服务器</translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions of %1 wait until they sync.</source>
        <translation>%1 的操作将在其登录同步后上传。</translation>
    </message>
    <message>
        <source>Click for hub actions</source>
        <translation>点击查看中心服务器操作</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>冲突…</translation>
    </message>
    <message>
        <source>Join a hub…</source>
        <translation>加入中心服务器…</translation>
    </message>
    <message>
        <source>Joined the hub</source>
        <translation>已加入中心服务器</translation>
    </message>
    <message>
        <source>The city is in %1. Start CityCommand with --db %1 to work on it.</source>
        <translation>城市数据已保存到 %1。请使用 --db %1 启动 CityCommand 以使用该数据库。</translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>加入中心服务器</translation>
    </message>
    <message>
        <source>The workstation downloads a snapshot of the city into a new local database, then keeps it in step with the hub.</source>
        <translation>本工作站将把城市数据快照下载到新的本地数据库，之后与中心服务器保持同步。</translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation>中心服务器地址：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>New database file:</source>
        <translation>新数据库文件：</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Fill in the hub address, the login and the file.</source>
        <translation>请填写中心服务器地址、登录名和文件。</translation>
    </message>
    <message>
        <source>Downloading the city…</source>
        <translation>正在下载城市数据…</translation>
    </message>
</context>
<context>
    <name>Cc::Video::CameraStream</name>
    <message>
        <source>The camera refused the user name or password</source>
        <translation>摄像机拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>The camera has no such stream</source>
        <translation>摄像机上没有这个码流</translation>
    </message>
    <message>
        <source>Could not connect to the camera (%1)</source>
        <translation>无法连接摄像机（%1）</translation>
    </message>
    <message>
        <source>The camera sends a video format this client cannot decode (%1)</source>
        <translation>摄像机发送的视频格式本客户端无法解码（%1）</translation>
    </message>
    <message>
        <source>Stream error: %1</source>
        <translation>码流错误：%1</translation>
    </message>
    <message>
        <source>The camera ended the stream</source>
        <translation>摄像机结束了码流</translation>
    </message>
    <message>
        <source>The camera stopped answering (RTCP timeout)</source>
        <translation>摄像机停止响应（RTCP 超时）</translation>
    </message>
    <message>
        <source>The GStreamer element &quot;%1&quot; is missing (install the GStreamer plugins)</source>
        <translation>缺少 GStreamer 组件“%1”（请安装 GStreamer 插件）</translation>
    </message>
    <message>
        <source>Could not start the stream pipeline</source>
        <translation>无法启动码流管线</translation>
    </message>
    <message>
        <source>No picture from the camera within %1 s</source>
        <translation>%1 秒内未收到摄像机画面</translation>
    </message>
    <message>
        <source>No picture from the camera for %1 s</source>
        <translation>已有 %1 秒未收到摄像机画面</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>播放中</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>画面停滞</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2): %3</source>
        <translation>%1 秒后重连（第 %2 次）：%3</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>Stalled: no picture for %1 s</source>
        <translation>画面停滞：已有 %1 秒无画面</translation>
    </message>
    <message>
        <source>No RTP transport worked (%1)</source>
        <translation>所有 RTP 传输方式均失败（%1）</translation>
    </message>
    <message>
        <source>Connecting over %1</source>
        <translation>正在通过 %1 连接</translation>
    </message>
</context>
<context>
    <name>Cc::Video::Ptz</name>
    <message>
        <source>“%1” is not an http(s) address for ONVIF</source>
        <translation>“%1”不是 ONVIF 的 http(s) 地址</translation>
    </message>
    <message>
        <source>The camera refused the account (ONVIF: %1)</source>
        <translation>摄像头拒绝了该账号（ONVIF：%1）</translation>
    </message>
    <message>
        <source>The camera answered with a fault: %1 (%2)</source>
        <translation>摄像头返回错误：%1（%2）</translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not SOAP (HTTP %1)</source>
        <translation>摄像头的应答不是 SOAP（HTTP %1）</translation>
    </message>
    <message>
        <source>The camera&apos;s ONVIF service cannot be reached: %1</source>
        <translation>无法连接摄像头的 ONVIF 服务：%1</translation>
    </message>
    <message>
        <source>The camera lists no media profile to move</source>
        <translation>摄像头未列出可控制的媒体配置</translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::TilePlayback</name>
    <message>
        <source>Loading the recording…</source>
        <translation>正在加载录像…</translation>
    </message>
    <message>
        <source>Nothing recorded from then on</source>
        <translation>该时间之后没有录像</translation>
    </message>
    <message>
        <source>Playback paused</source>
        <translation>回放已暂停</translation>
    </message>
    <message>
        <source>Playback %1×</source>
        <translation>回放 %1×</translation>
    </message>
    <message>
        <source>No recordings: the recording folder is not set or has no index yet</source>
        <translation>没有录像：未设置录像目录，或目录中尚无索引</translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::TilePtz</name>
    <message>
        <source>Preset %1 is not set for this camera</source>
        <translation>此摄像头尚未设置预置位 %1</translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::WallController</name>
    <message>
        <source>Preset “%1” saved</source>
        <translation>预案“%1”已保存</translation>
    </message>
    <message>
        <source>No cameras to tour</source>
        <translation>没有可轮巡的摄像头</translation>
    </message>
    <message>
        <source>The tile has no camera</source>
        <translation>该画面窗格没有摄像头</translation>
    </message>
    <message>
        <source>Snapshot saved: %1</source>
        <translation>抓拍已保存：%1</translation>
    </message>
    <message>
        <source>Log in to report cases</source>
        <translation>请登录后再上报案卷</translation>
    </message>
    <message>
        <source>Case %1 reported with the snapshot of %2</source>
        <translation>已上报案卷 %1，附 %2 的抓拍图片</translation>
    </message>
    <message>
        <source>Nearest cameras to %1, %2: %3 first</source>
        <translation>距 %1, %2 最近的摄像头：%3 居首</translation>
    </message>
    <message>
        <source>Taking the full-resolution picture of %1…</source>
        <translation>正在获取 %1 的全分辨率画面…</translation>
    </message>
    <message>
        <source>The wall&apos;s saved cameras are not in this database: showing the default layout</source>
        <translation>电视墙保存的摄像机不在本数据库中：显示默认布局</translation>
    </message>
    <message numerus="yes">
        <source>%n saved camera(s) of the wall are not in this database</source>
        <translation>
            <numerusform>电视墙保存的 %n 台摄像机不在本数据库中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: RTP over %2</source>
        <translation>%1：RTP 传输方式 %2</translation>
    </message>
    <message>
        <source>Synchronized playback from %1: %2 of %3 camera(s) have recordings</source>
        <translation>从 %1 同步回放：%3 路摄像头中 %2 路有录像</translation>
    </message>
    <message>
        <source>Play a recording back on the tile first</source>
        <translation>请先在该画面回放录像</translation>
    </message>
    <message>
        <source>Log in to attach clips to cases</source>
        <translation>请先登录，才能将视频片段附加到案卷</translation>
    </message>
    <message>
        <source>Which case? Enter its number</source>
        <translation>附加到哪个案卷？请输入案卷编号</translation>
    </message>
    <message>
        <source>Mark the clip&apos;s in and out points first</source>
        <translation>请先标记片段的入点和出点</translation>
    </message>
    <message>
        <source>No folder to write the clip into</source>
        <translation>没有可写入片段的文件夹</translation>
    </message>
    <message>
        <source>Clip of %1 s attached to case %2</source>
        <translation>%1 秒的视频片段已附加到案卷 %2</translation>
    </message>
    <message>
        <source>Zones are drawn on a tile with a camera, by a logged-in user</source>
        <translation>区域须由已登录用户在有摄像头的画面上绘制</translation>
    </message>
    <message>
        <source>Zone “%1” saved for %2</source>
        <translation>已为 %2 保存区域“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) removed</source>
        <translation>
            <numerusform>已删除 %n 个区域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::WallTile</name>
    <message>
        <source>Drop a camera here</source>
        <translation>将摄像头拖放到此处</translation>
    </message>
    <message>
        <source>main</source>
        <translation>主码流</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>子码流</translation>
    </message>
    <message numerus="yes">
        <source> · %n reconnect(s)</source>
        <translation>
            <numerusform> · 重连 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 fps · %4 kbit/s · age %5 ms</source>
        <translation>%1 · %2 · %3 帧/秒 · %4 kbit/s · 距上一帧 %5 毫秒</translation>
    </message>
</context>
<context>
    <name>GazetteerTr</name>
    <message>
        <source>Feature %1: %2.</source>
        <translation>第 %1 个要素：%2。</translation>
    </message>
    <message>
        <source>“%1” is not ours=theirs (e.g. name=NAME).</source>
        <translation>“%1”不是“本系统字段=文件字段”的形式（如 name=NAME）。</translation>
    </message>
    <message>
        <source>“%1” is not a gazetteer field; they are: %2.</source>
        <translation>“%1”不是地名地址字段；可用字段为：%2。</translation>
    </message>
    <message>
        <source>%1 is not a house number: “%2”</source>
        <translation>%1 不是门牌号：“%2”</translation>
    </message>
    <message>
        <source>“%1” has no geometry</source>
        <translation>“%1”没有几何</translation>
    </message>
    <message>
        <source>a street without a name</source>
        <translation>有一段道路没有名称</translation>
    </message>
    <message>
        <source>the street “%1” has fewer than two points</source>
        <translation>道路“%1”不足两个点</translation>
    </message>
    <message>
        <source>the street “%1” has a point that is not a longitude/latitude</source>
        <translation>道路“%1”有一个点不是经纬度</translation>
    </message>
    <message>
        <source>the street “%1” has a negative house number</source>
        <translation>道路“%1”有负的门牌号</translation>
    </message>
    <message>
        <source>one side of “%1” mixes odd and even numbers (%2–%3, %4–%5)</source>
        <extracomment>单双号混在同一侧</extracomment>
        <translation>“%1”有一侧单双号混排（%2–%3，%4–%5）</translation>
    </message>
    <message>
        <source>a place without a name</source>
        <translation>有一个地点没有名称</translation>
    </message>
    <message>
        <source>the place “%1” has no longitude/latitude</source>
        <translation>地点“%1”没有经纬度</translation>
    </message>
    <message>
        <source>the place “%1” has a size outside 0–5000 m</source>
        <translation>地点“%1”的范围不在 0–5000 米之间</translation>
    </message>
    <message>
        <source>Street %1: %2.</source>
        <translation>第 %1 段道路：%2。</translation>
    </message>
    <message>
        <source>Place %1: %2.</source>
        <translation>第 %1 个地点：%2。</translation>
    </message>
    <message>
        <source>no house numbers known</source>
        <translation>无门牌号信息</translation>
    </message>
    <message>
        <source>%1 side %2–%3</source>
        <translation>%1 %2–%3 号</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>the middle of the street</source>
        <translation>道路中段</translation>
    </message>
</context>
<context>
    <name>GeoTr</name>
    <message numerus="yes">
        <source>a ring has %n point(s); a polygon ring needs at least 4</source>
        <translation>
            <numerusform>有一个环只有 %n 个点；多边形的环至少需要 4 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>a ring is not closed</source>
        <translation>有一个环未闭合</translation>
    </message>
    <message>
        <source>The grid cannot be split: its polygon is not valid.</source>
        <translation>无法拆分该网格：其多边形无效。</translation>
    </message>
    <message>
        <source>Draw a line of at least two points across the grid to split it.</source>
        <translation>请画一条至少两个点、穿过网格的线来拆分网格。</translation>
    </message>
    <message>
        <source>The line does not cut the grid in two: draw it from outside the grid, across it, to outside again.</source>
        <translation>该线没有把网格切成两部分：请从网格外开始画线，穿过网格，再画到网格外。</translation>
    </message>
    <message>
        <source>Select at least two grids to merge.</source>
        <translation>请至少选择两个网格进行合并。</translation>
    </message>
    <message numerus="yes">
        <source>These grids do not share a boundary: merging them would give %n separate part(s).</source>
        <translation>
            <numerusform>这些网格没有公共边界：合并后会得到 %n 个互不相连的部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>GDAL cannot open the basemap “%1”: %2</source>
        <translation>GDAL 无法打开底图“%1”：%2</translation>
    </message>
    <message>
        <source>not a raster</source>
        <translation>不是栅格数据</translation>
    </message>
    <message>
        <source>The basemap “%1” cannot be reprojected to EPSG:4490.</source>
        <translation>底图“%1”无法转换到 EPSG:4490。</translation>
    </message>
    <message>
        <source>The basemap “%1” is not georeferenced.</source>
        <translation>底图“%1”没有地理参考。</translation>
    </message>
    <message>
        <source>Grid %1 is not a valid polygon at %2: %3.</source>
        <translation>网格 %1 在 %2 处不是有效多边形：%3。</translation>
    </message>
    <message>
        <source>Grids %1 and %2 overlap around %3 (%4 m²).</source>
        <translation>网格 %1 与 %2 在 %3 附近重叠（%4 平方米）。</translation>
    </message>
    <message>
        <source>Grid %1 reaches outside its community %2 around %3.</source>
        <translation>网格 %1 在 %3 附近超出了所属社区 %2 的范围。</translation>
    </message>
    <message>
        <source>Grid %1 reaches outside its responsibility grid %2 around %3.</source>
        <translation>网格 %1 在 %3 附近超出了所属责任网格 %2 的范围。</translation>
    </message>
    <message>
        <source>Community %1 has an area no unit grid covers, around %2.</source>
        <translation>社区 %1 在 %2 附近有未被任何单元网格覆盖的区域（缝隙）。</translation>
    </message>
    <message>
        <source>Responsibility grid %1 has an area no unit grid covers, around %2.</source>
        <translation>责任网格 %1 在 %2 附近有未被任何单元网格覆盖的区域（缝隙）。</translation>
    </message>
    <message>
        <source>The grid at %1 has a malformed code: %2</source>
        <translation>位于 %1 的网格编码格式错误：%2</translation>
    </message>
    <message>
        <source>The code %1 is used by another grid too (this one at %2).</source>
        <translation>编码 %1 已被另一个网格使用（本网格位于 %2）。</translation>
    </message>
    <message>
        <source>Grid %1 (at %2) is assigned to community %3, but its code belongs to community %4.</source>
        <translation>网格 %1（位于 %2）归属社区 %3，但其编码属于社区 %4。</translation>
    </message>
    <message>
        <source>Grid %1 (at %2) names the community %3, which does not exist.</source>
        <translation>网格 %1（位于 %2）所属的社区 %3 不存在。</translation>
    </message>
    <message>
        <source>Grid %1 (at %2) names the responsibility grid “%3”, which does not exist.</source>
        <translation>网格 %1（位于 %2）所属的责任网格“%3”不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>GDAL cannot open “%1” as a vector file</source>
        <translation>GDAL 无法将“%1”作为矢量文件打开</translation>
    </message>
    <message>
        <source>“%1” has no layer “%2”.</source>
        <translation>“%1”中没有图层“%2”。</translation>
    </message>
    <message>
        <source>The layer “%1” has no field “%2” (mapped to “%3”).</source>
        <translation>图层“%1”中没有字段“%2”（映射到“%3”）。</translation>
    </message>
    <message>
        <source>No transformation from %1 to EPSG:4490</source>
        <translation>无法从 %1 转换到 EPSG:4490</translation>
    </message>
    <message>
        <source>Feature %1 could not be reprojected</source>
        <translation>要素 %1 无法进行坐标转换</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Export to “%1” is not supported: use .gpkg, .geojson or .shp.</source>
        <translation>不支持导出为“%1”：请使用 .gpkg、.geojson 或 .shp。</translation>
    </message>
    <message>
        <source>GDAL cannot create “%1”</source>
        <translation>GDAL 无法创建“%1”</translation>
    </message>
    <message>
        <source>GDAL cannot create the layer “%1”</source>
        <translation>GDAL 无法创建图层“%1”</translation>
    </message>
    <message>
        <source>GDAL cannot create the field “%1”</source>
        <translation>GDAL 无法创建字段“%1”</translation>
    </message>
    <message>
        <source>GDAL cannot write feature %1 to “%2”</source>
        <translation>GDAL 无法将要素 %1 写入“%2”</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>GDAL cannot finish “%1”</source>
        <translation>GDAL 无法完成“%1”的写入</translation>
    </message>
    <message>
        <source>GDAL failed to write “%1”</source>
        <translation>GDAL 写入“%1”失败</translation>
    </message>
    <message>
        <source>Feature %1 of “%2” is a %3; only points, single lines and single polygons can be imported.</source>
        <translation>“%2”的第 %1 个要素是 %3；只能导入点、单线和单面。</translation>
    </message>
</context>
<context>
    <name>HubCliTr</name>
    <message>
        <source>The hub: postgresql://HOST:PORT/DATABASE.</source>
        <translation>中心服务器：postgresql://主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Name the hub with --url postgresql://HOST:PORT/DATABASE.</source>
        <translation>请用 --url postgresql://主机:端口/数据库 指定中心服务器。</translation>
    </message>
    <message>
        <source>Create or upgrade the hub schema (PostGIS tables, sync functions, roles) in an existing PostgreSQL database, as its administrator (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>以管理员身份在已有的 PostgreSQL 数据库中创建或升级中心服务器结构（PostGIS 表、同步函数、角色）（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Hub schema %1 ready (%2 workflow transitions from the state machine).</source>
        <translation>中心服务器结构版本 %1 已就绪（来自状态机的 %2 条流转规则）。</translation>
    </message>
    <message>
        <source>Load a city from a CityCommand GeoPackage into an empty hub.</source>
        <translation>将 CityCommand GeoPackage 中的城市数据导入空的中心服务器。</translation>
    </message>
    <message>
        <source>The GeoPackage to load.</source>
        <translation>要导入的 GeoPackage。</translation>
    </message>
    <message>
        <source>Name the city with --from FILE.gpkg.</source>
        <translation>请用 --from FILE.gpkg 指定城市数据。</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 行</translation>
    </message>
    <message>
        <source>Seeded the hub with %1 rows.</source>
        <translation>已向中心服务器导入 %1 行。</translation>
    </message>
    <message>
        <source>hub user add LOGIN: create or update the hub login of a CityCommand user (password on standard input). Without --role the user must exist on the hub (seeded).</source>
        <translation>hub user add LOGIN：创建或更新 CityCommand 用户的中心服务器账号（密码从标准输入读取）。未指定 --role 时，该用户必须已存在于中心服务器（已导入）。</translation>
    </message>
    <message>
        <source>A role of the user (repeatable); replaces the hub&apos;s roles.</source>
        <translation>用户的岗位角色（可重复）；将替换中心服务器上的角色。</translation>
    </message>
    <message>
        <source>The department (code or id) of a department user.</source>
        <translation>专业部门用户所属部门（编码或 id）。</translation>
    </message>
    <message>
        <source>Display name of a new user.</source>
        <translation>新用户的显示名称。</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>登录名。</translation>
    </message>
    <message>
        <source>Use: cityctl hub user add LOGIN --url URL [--role ROLE]…</source>
        <translation>用法：cityctl hub user add LOGIN --url URL [--role 角色]…</translation>
    </message>
    <message>
        <source>Hub password for %1: </source>
        <translation>%1 的中心服务器密码：</translation>
    </message>
    <message>
        <source>Hub login %1 is ready.</source>
        <translation>中心服务器账号 %1 已就绪。</translation>
    </message>
    <message>
        <source>This database has not joined a hub (cityctl sync join).</source>
        <translation>此数据库尚未加入中心服务器（cityctl sync join）。</translation>
    </message>
    <message>
        <source>No stored password for hub login %1; join again or set CITYCOMMAND_HUB_PASSWORD.</source>
        <translation>未保存中心服务器账号 %1 的密码；请重新加入或设置 CITYCOMMAND_HUB_PASSWORD。</translation>
    </message>
    <message>
        <source>Join a hub: download a snapshot of the city into a new local database (password on standard input, kept in the keyring or an owner-only file).</source>
        <translation>加入中心服务器：将城市数据快照下载到新的本地数据库（密码从标准输入读取，保存在系统密钥环或仅所有者可读的文件中）。</translation>
    </message>
    <message>
        <source>The hub login (your CityCommand login).</source>
        <translation>中心服务器账号（即您的 CityCommand 登录名）。</translation>
    </message>
    <message>
        <source>Do not keep the password on this workstation.</source>
        <translation>不在本工作站保存密码。</translation>
    </message>
    <message>
        <source>Give --db FILE, --url URL and --user LOGIN.</source>
        <translation>请给出 --db FILE、--url URL 和 --user LOGIN。</translation>
    </message>
    <message>
        <source>snapshot: %1% (%2 of %3 rows)</source>
        <translation>快照：%1%（%2 / %3 行）</translation>
    </message>
    <message>
        <source>Joined: %1 rows in %2 s (%3 rows/s), watermark %4.</source>
        <translation>已加入：%1 行，用时 %2 秒（%3 行/秒），水位 %4。</translation>
    </message>
    <message>
        <source>pushed %1 (applied %2, refused %3), pulled %4 (applied %5, kept local %6), cursor %7</source>
        <translation>上传 %1（生效 %2，被拒 %3），下载 %4（应用 %5，保留本地 %6），游标 %7</translation>
    </message>
    <message>
        <source>; %1 entries wait for %2 to sync</source>
        <translation>；%1 条记录等待 %2 同步</translation>
    </message>
    <message>
        <source>Push the outbox to the hub, then pull the hub&apos;s changes.</source>
        <translation>将待上传队列推送到中心服务器，然后拉取中心服务器的变更。</translation>
    </message>
    <message>
        <source>Keep the database in step with the hub: push as the outbox fills, pull when the hub rings (LISTEN/NOTIFY) and every poll interval.</source>
        <translation>使数据库与中心服务器保持同步：待上传队列有内容即推送，中心服务器通知（LISTEN/NOTIFY）时及每个轮询周期拉取。</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: until SIGTERM/SIGINT).</source>
        <translation>运行指定秒数后停止（默认：直到收到 SIGTERM/SIGINT）。</translation>
    </message>
    <message>
        <source>Poll interval in seconds (default 30).</source>
        <translation>轮询间隔秒数（默认 30）。</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>not joined to a hub</source>
        <translation>未加入中心服务器</translation>
    </message>
    <message>
        <source>synced: pulled %1, pushed %2, refused %3</source>
        <translation>已同步：下载 %1，上传 %2，被拒 %3</translation>
    </message>
    <message>
        <source>The hub this database joined, its cursor, the outbox and unresolved conflicts.</source>
        <translation>此数据库加入的中心服务器、同步游标、待上传队列及未处理的冲突。</translation>
    </message>
    <message>
        <source>Stand-alone: no hub configured.</source>
        <translation>单机模式：未配置中心服务器。</translation>
    </message>
    <message>
        <source>This database has no sync cursor.</source>
        <translation>此数据库没有同步游标。</translation>
    </message>
    <message>
        <source>hub user: %1</source>
        <translation>中心服务器账号：%1</translation>
    </message>
    <message>
        <source>cursor: %1 (last pull %2)</source>
        <translation>游标：%1（上次拉取 %2）</translation>
    </message>
    <message>
        <source>outbox: %1 entries</source>
        <translation>待上传：%1 条</translation>
    </message>
    <message>
        <source>conflicts: %1 unresolved</source>
        <translation>冲突：%1 个未处理</translation>
    </message>
    <message>
        <source>Actions the hub refused, with this workstation&apos;s and the hub&apos;s version.</source>
        <translation>被中心服务器拒绝的操作，附本工作站和中心服务器两方的版本。</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Published basemap version %1: %2 areas, %3 lines.</source>
        <translation>已发布底图第 %1 版：%2 个面，%3 条线。</translation>
    </message>
    <message>
        <source>Publish the basemap (basemap_area, basemap_line) of a CityCommand GeoPackage as the hub&apos;s next basemap version; workstations apply it at their next sync.</source>
        <translation>将 CityCommand GeoPackage 中的底图（basemap_area、basemap_line）发布为中心库的下一版底图；各工作站在下次同步时应用。</translation>
    </message>
    <message>
        <source>The GeoPackage to take it from.</source>
        <translation>取底图的 GeoPackage 文件。</translation>
    </message>
    <message>
        <source>; basemap version %1 applied (%2 areas, %3 lines)</source>
        <translation>；已应用底图第 %1 版（%2 个面，%3 条线）</translation>
    </message>
    <message>
        <source>; clips: %1 MB sent, %2 stored on the hub</source>
        <translation>；视频片段：已发送 %1 MB，%2 段已存入中心库</translation>
    </message>
    <message>
        <source>Publish this database&apos;s basemap as the hub&apos;s next version (administrators only).</source>
        <translation>将本数据库的底图发布为中心库的下一版（仅限管理员）。</translation>
    </message>
    <message>
        <source>Usage: cityctl hub init|seed|basemap|user add … (--help on each)</source>
        <translation>用法：cityctl hub init|seed|basemap|user add …（各子命令均可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>Usage: cityctl sync join|once|run|status|conflicts|basemap … (--help on each)</source>
        <translation>用法：cityctl sync join|once|run|status|conflicts|basemap …（各子命令均可用 --help 查看帮助）</translation>
    </message>
</context>
<context>
    <name>MapSearch</name>
    <message>
        <source>Unit grid %1</source>
        <translation>单元网格 %1</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>案卷 %1 · %2</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>Component %1 · %2</source>
        <translation>部件 %1 · %2</translation>
    </message>
</context>
<context>
    <name>MapTr</name>
    <message>
        <source>Only a supervisor may edit grid boundaries.</source>
        <translation>只有督查员可以编辑网格边界。</translation>
    </message>
    <message>
        <source>A grid with this id exists already.</source>
        <translation>已存在相同标识的网格。</translation>
    </message>
    <message>
        <source>A grid needs at least three corners.</source>
        <translation>网格至少需要三个角点。</translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation>新增网格 %1</translation>
    </message>
    <message>
        <source>There is no such grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <source>Delete grid %1</source>
        <translation>删除网格 %1</translation>
    </message>
    <message>
        <source>There is no such vertex.</source>
        <translation>没有这个顶点。</translation>
    </message>
    <message>
        <source>Move vertex of %1</source>
        <translation>移动 %1 的顶点</translation>
    </message>
    <message>
        <source>No grid has a vertex there.</source>
        <translation>该处没有任何网格的顶点。</translation>
    </message>
    <message>
        <source>Move boundary of %1</source>
        <translation>移动 %1 的边界</translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation>没有这条边。</translation>
    </message>
    <message>
        <source>Add vertex to %1</source>
        <translation>为 %1 添加顶点</translation>
    </message>
    <message>
        <source>Deleting this vertex would leave grid %1 with fewer than three corners.</source>
        <translation>删除该顶点后网格 %1 将少于三个角点。</translation>
    </message>
    <message>
        <source>Delete vertex at %1</source>
        <translation>删除位于 %1 的顶点</translation>
    </message>
    <message numerus="yes">
        <source>The line cuts grid %1 into %n pieces: give a code for each new piece.</source>
        <translation>
            <numerusform>该线把网格 %1 切成 %n 块：请为每个新块指定编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Split grid %1</source>
        <translation>拆分网格 %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>The file holds no grids.</source>
        <translation>文件中没有网格。</translation>
    </message>
    <message>
        <source>Code %1 → %2</source>
        <translation>编码 %1 → %2</translation>
    </message>
    <message>
        <source>Grid %1 was changed in the database by someone else since it was loaded; nothing was saved. Reload the map and edit again.</source>
        <translation>网格 %1 在加载后已被他人在数据库中修改；未保存任何内容。请重新加载地图后再编辑。</translation>
    </message>
    <message>
        <source>Only a supervisor may save grid boundaries; “%1” is not one.</source>
        <translation>只有督查员可以保存网格边界；“%1”不是督查员。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>（另有 %n 个问题。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>There is no such layer.</source>
        <translation>没有这个图层。</translation>
    </message>
    <message>
        <source>Export to “%1” is not supported: use .gpkg, .geojson or .shp.</source>
        <translation>不支持导出为“%1”：请使用 .gpkg、.geojson 或 .shp。</translation>
    </message>
    <message>
        <source>Map the grid code to a field of the file.</source>
        <translation>请为网格编码指定文件中的字段。</translation>
    </message>
    <message>
        <source>Feature %1 of “%2” has no grid code.</source>
        <translation>“%2”的要素 %1 没有网格编码。</translation>
    </message>
    <message>
        <source>Feature %1 (%2) of “%3” has no polygon.</source>
        <translation>“%3”的要素 %1（%2）没有多边形。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n grid(s)</source>
        <translation>
            <numerusform>导入 %n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1: %2 Nothing was imported.</source>
        <translation>要素 %1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>Feature %1 (%2): “%3” is not a component (部件) class. Nothing was imported.</source>
        <translation>要素 %1（%2）：“%3”不是部件小类。未导入任何内容。</translation>
    </message>
    <message>
        <source>Feature %1: the component %2 exists already. Nothing was imported.</source>
        <translation>要素 %1：部件 %2 已存在。未导入任何内容。</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no point. Nothing was imported.</source>
        <translation>要素 %1（%2）没有点坐标。未导入任何内容。</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Community %1 has %2 free unit-grid code(s) left (01–99) and %3 are needed: renumber or merge grids first.</source>
        <translation>社区 %1 仅剩 %2 个空闲单元网格编码（01–99），需要 %3 个：请先重新编号或合并网格。</translation>
    </message>
    <message>
        <source>Add and move vertex</source>
        <translation>添加并移动顶点</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>返回直播</translation>
    </message>
    <message>
        <source>In</source>
        <extracomment>入点: where the clip begins</extracomment>
        <translation>入点</translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>出点: where the clip ends</extracomment>
        <translation>出点</translation>
    </message>
    <message>
        <source>Mark a clip to attach it to a case</source>
        <translation>标记一段视频，作为证据附加到案卷</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation>附加到案卷</translation>
    </message>
</context>
<context>
    <name>PtzPad</name>
    <message>
        <source>Zoom +</source>
        <translation>拉近</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>拉远</translation>
    </message>
    <message>
        <source>Preset %1: click to go there, hold to store this view</source>
        <translation>预置位 %1：单击转到，长按保存当前画面</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CityCommand</source>
        <translation>CityCommand</translation>
    </message>
    <message>
        <source>Writing the demo city…</source>
        <translation>正在写入示范城市…</translation>
    </message>
    <message>
        <source>Writing the demo city: %1…</source>
        <translation>正在写入示范城市：%1…</translation>
    </message>
    <message>
        <source>Cannot open the local database %1:
%2</source>
        <translation>无法打开本地数据库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>SettingsTr</name>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1须为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>The recurring-problem radius</source>
        <translation>老不改的距离阈值</translation>
    </message>
    <message>
        <source>5–1,000 m</source>
        <translation>5–1,000 米</translation>
    </message>
    <message>
        <source>The number of reports of a recurring problem</source>
        <translation>老不改的上报次数阈值</translation>
    </message>
    <message>
        <source>2–100</source>
        <translation>2–100</translation>
    </message>
    <message>
        <source>The recurring-problem window</source>
        <translation>老不改的时间窗口</translation>
    </message>
    <message>
        <source>1–366 days</source>
        <translation>1–366 天</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>SyncTr</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The hub has schema %1, newer than this CityCommand (%2): upgrade CityCommand.</source>
        <translation>中心服务器结构版本为 %1，比本 CityCommand 支持的（%2）更新：请升级 CityCommand。</translation>
    </message>
    <message>
        <source>Hub schema file %1 is missing from this build.</source>
        <translation>本程序缺少中心服务器结构文件 %1。</translation>
    </message>
    <message>
        <source>Run cityctl hub init first.</source>
        <translation>请先运行 cityctl hub init。</translation>
    </message>
    <message>
        <source>The hub already holds a city; seed only an empty hub.</source>
        <translation>中心服务器已有城市数据；只能向空的中心服务器导入。</translation>
    </message>
    <message>
        <source>A hub login is lower-case ASCII letters, digits and _ (got “%1”).</source>
        <translation>中心服务器账号只能由小写 ASCII 字母、数字和 _ 组成（收到“%1”）。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>The hub has no department “%1”.</source>
        <translation>中心服务器上没有部门“%1”。</translation>
    </message>
    <message>
        <source>The hub has no user “%1”; give --role to create one.</source>
        <translation>中心服务器上没有用户“%1”；请用 --role 创建。</translation>
    </message>
    <message>
        <source>PostgreSQL already has a role “%1” that is not a CityCommand login.</source>
        <translation>PostgreSQL 中已有名为“%1”的角色，但它不是 CityCommand 账号。</translation>
    </message>
    <message>
        <source>This workstation&apos;s database has no table %1.</source>
        <translation>本工作站的数据库中没有表 %1。</translation>
    </message>
    <message>
        <source>Column %1.%2 got a value of an unexpected kind.</source>
        <translation>列 %1.%2 收到的值类型不符。</translation>
    </message>
    <message>
        <source>A row for %1 carries none of its columns.</source>
        <translation>%1 的一行数据不含该表的任何列。</translation>
    </message>
    <message>
        <source>The hub sent rows of an unknown table %1.</source>
        <translation>中心服务器发来了未知表 %1 的数据。</translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation>无法连接中心服务器：%1</translation>
    </message>
    <message>
        <source>The hub refused the login %1: wrong user or password.</source>
        <translation>中心服务器拒绝了账号 %1 的登录：用户名或密码错误。</translation>
    </message>
    <message>
        <source>The hub says: %1</source>
        <translation>中心服务器返回：%1</translation>
    </message>
    <message>
        <source>Upgrade CityCommand: %1</source>
        <translation>请升级 CityCommand：%1</translation>
    </message>
    <message>
        <source>Upgrade the hub: %1</source>
        <translation>请升级中心服务器：%1</translation>
    </message>
    <message>
        <source>This database is not a CityCommand hub (run cityctl hub init): %1</source>
        <translation>此数据库不是 CityCommand 中心服务器（请运行 cityctl hub init）：%1</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>中心服务器拒绝：%1</translation>
    </message>
    <message>
        <source>%1 exists already; a workstation joins into a new database file.</source>
        <translation>%1 已存在；工作站只能加入到新的数据库文件。</translation>
    </message>
    <message>
        <source>This database has not joined a hub (cityctl sync join).</source>
        <translation>此数据库尚未加入中心服务器（cityctl sync join）。</translation>
    </message>
    <message>
        <source>%1 is not the hub this database joined; join it again into a new file.</source>
        <translation>%1 不是此数据库加入的中心服务器；请重新加入到新文件。</translation>
    </message>
    <message>
        <source>The hub answered %1 of %2 entries.</source>
        <translation>中心服务器只答复了 %2 条记录中的 %1 条。</translation>
    </message>
    <message>
        <source>The hub answered out of order.</source>
        <translation>中心服务器答复的顺序有误。</translation>
    </message>
    <message>
        <source>The connection to the hub dropped.</source>
        <translation>与中心服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The hub deleted a row of an unknown table %1.</source>
        <translation>中心库删除了未知数据表 %1 中的一行。</translation>
    </message>
    <message>
        <source>A deleted row of %1 came without its key.</source>
        <translation>收到的 %1 删除记录缺少主键。</translation>
    </message>
    <message>
        <source>Outbox entry %1 belongs to a save of more than %2 entries or %3 MB, more than the hub takes in one push; it stays queued.</source>
        <translation>待上传条目 %1 所属的一次保存超过 %2 条或 %3 MB，超出枢纽单次推送的上限；该条目保留在队列中。</translation>
    </message>
    <message>
        <source>The hub describes clip %1 with another size.</source>
        <translation>中心库记录的视频片段 %1 大小不同。</translation>
    </message>
    <message>
        <source>The clip %1 cannot be read.</source>
        <translation>无法读取视频片段 %1。</translation>
    </message>
    <message>
        <source>The hub found clip %1 not to be what its reference says; it will be sent again.</source>
        <translation>中心库发现视频片段 %1 与其登记的不符，将重新发送。</translation>
    </message>
    <message>
        <source>The clip has not reached the hub yet: it lies on the workstation that attached it until that one syncs.</source>
        <translation>该视频片段尚未上传到中心库：在附加它的工作站同步之前，它只在那台工作站上。</translation>
    </message>
    <message>
        <source>The hub describes the clip with another size.</source>
        <translation>中心库记录的视频片段大小不同。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>What the hub sent is not the clip (size or SHA-256 differ); nothing was kept.</source>
        <translation>中心库发来的不是该视频片段（大小或 SHA-256 不符），未保留任何内容。</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>HD</source>
        <translation>高清</translation>
    </message>
    <message>
        <source>Snapshot (PNG)</source>
        <translation>抓拍（PNG）</translation>
    </message>
    <message>
        <source>Report a case with this snapshot…</source>
        <translation>以此抓拍上报案卷…</translation>
    </message>
    <message>
        <source>Back to the layout</source>
        <translation>返回分屏布局</translation>
    </message>
    <message>
        <source>Show 1×1</source>
        <translation>单画面显示</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>移除摄像头</translation>
    </message>
    <message>
        <source>New case from %1</source>
        <translation>来自 %1 的新案卷</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What is seen (optional)</source>
        <translation>所见情况（选填）</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play back from 5 minutes ago</source>
        <translation>回放 5 分钟前的录像</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>返回直播</translation>
    </message>
    <message>
        <source>PTZ</source>
        <extracomment>云台: pan/tilt/zoom controls of the camera</extracomment>
        <translation>云台</translation>
    </message>
    <message>
        <source>Drawing a %1: click the corners, double-click or Enter to finish, Esc to cancel</source>
        <translation>正在绘制%1：单击设置顶点，双击或回车完成，Esc 取消</translation>
    </message>
    <message>
        <source>Zone rules…</source>
        <translation>区域规则…</translation>
    </message>
    <message>
        <source>Draw: %1</source>
        <translation>绘制：%1</translation>
    </message>
    <message>
        <source>Remove this camera&apos;s zones (%1)</source>
        <translation>删除本摄像头的区域（%1）</translation>
    </message>
    <message>
        <source>New zone: %1</source>
        <translation>新区域：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A finding after an object rests this many minutes</source>
        <translation>物体静止多少分钟后上报</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Every line needs “actor” and “role”.</source>
        <translation>每一行都必须包含“actor”和“role”。</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>No case was reported with ref “%1” in this input.</source>
        <translation>本次输入中没有以 ref“%1”上报的案卷。</translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>“type” must be “report” or “action”, not “%1”.</source>
        <translation>“type”只能是“report”或“action”，不能是“%1”。</translation>
    </message>
    <message>
        <source>A batch is already open.</source>
        <translation>已有一个批次处于打开状态。</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>没有打开的批次。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <source>There is no active user “%1”.</source>
        <translation>不存在已启用的用户“%1”。</translation>
    </message>
    <message>
        <source>User “%1” does not hold the role %2.</source>
        <translation>用户“%1”不具有%2角色。</translation>
    </message>
    <message>
        <source>Unknown category “%1”.</source>
        <translation>未知类别“%1”。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”; use one of: %2.</source>
        <translation>未知上报渠道“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown level.</source>
        <translation>未知等级。</translation>
    </message>
    <message>
        <source>There is no unit grid with code %1.</source>
        <translation>不存在编码为 %1 的单元网格。</translation>
    </message>
    <message>
        <source>There is no case “%1”.</source>
        <translation>不存在案卷“%1”。</translation>
    </message>
    <message>
        <source>Case %1 has already been reported.</source>
        <translation>案卷 %1 已上报。</translation>
    </message>
    <message>
        <source>Case %1 belongs to another department; a department user may act only on its own department&apos;s cases.</source>
        <translation>案卷 %1 属于其他部门；专业部门用户只能办理本部门的案卷。</translation>
    </message>
    <message>
        <source>The action&apos;s time %1 is before the case&apos;s last change %2.</source>
        <translation>操作时间 %1 早于案卷最后一次变更的时间 %2。</translation>
    </message>
    <message>
        <source>No department is responsible for this category here; choose one.</source>
        <translation>此处没有负责该类别的专业部门，请指定一个。</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>不存在部门“%1”。</translation>
    </message>
    <message>
        <source>Case %1 is already with %2.</source>
        <translation>案卷 %1 已由%2办理。</translation>
    </message>
    <message>
        <source>Say how many working hours the extension should be.</source>
        <translation>请填写申请延期的工作时数。</translation>
    </message>
    <message>
        <source>Say how many working hours to grant.</source>
        <translation>请填写批准延期的工作时数。</translation>
    </message>
    <message>
        <source>Unknown case action.</source>
        <translation>未知的案卷操作。</translation>
    </message>
    <message>
        <source>Unknown case state.</source>
        <translation>未知的案卷状态。</translation>
    </message>
    <message>
        <source>“%1” is not possible before the case is reported.</source>
        <translation>案卷上报前不能执行“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not possible for a case in state “%2”.</source>
        <translation>案卷处于“%2”状态，不能执行“%1”。</translation>
    </message>
    <message>
        <source>A %1 may not “%2”; this step is for: %3.</source>
        <translation>%1不能执行“%2”；此步骤仅限：%3。</translation>
    </message>
    <message>
        <source>The case does not record where “%1” returns to.</source>
        <translation>案卷未记录“%1”之后应返回的环节。</translation>
    </message>
    <message>
        <source>Category dictionary: not a JSON object (%1 at offset %2).</source>
        <translation>分类字典：不是 JSON 对象（%1，位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>wrong top-level type</source>
        <translation>顶层类型错误</translation>
    </message>
    <message>
        <source>Category dictionary: unsupported version %1; this build reads version 1.</source>
        <translation>分类字典：不支持版本 %1；本程序只能读取版本 1。</translation>
    </message>
    <message>
        <source>Category dictionary: &quot;majors&quot; and &quot;categories&quot; must both be lists.</source>
        <translation>分类字典：&quot;majors&quot; 和 &quot;categories&quot; 都必须是列表。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has no valid kind; use &quot;part&quot; or &quot;event&quot;.</source>
        <translation>分类字典：%1 没有有效的 kind；请使用 &quot;part&quot; 或 &quot;event&quot;。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has the code &quot;%2&quot;; a major class code is two digits, not 00.</source>
        <translation>分类字典：%1 的编码为 &quot;%2&quot;；大类编码应为两位数字，且不能为 00。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has no Chinese name (nameZh).</source>
        <translation>分类字典：%1 没有中文名称（nameZh）。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 repeats the major class %2.</source>
        <translation>分类字典：%1 重复定义了大类 %2。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has the code &quot;%2&quot;; a minor class code is four digits and does not end in 00.</source>
        <translation>分类字典：%1 的编码为 &quot;%2&quot;；小类编码应为四位数字，且不能以 00 结尾。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 belongs to the major class %2, which is not declared for this kind.</source>
        <translation>分类字典：%1 属于大类 %2，但该类型下未声明此大类。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 repeats the category %2.</source>
        <translation>分类字典：%1 重复定义了类别 %2。</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has an invalid %2: %3</source>
        <translation>分类字典：%1 的 %2 无效：%3</translation>
    </message>
    <message>
        <source>unit-grid code</source>
        <translation>单元网格编码</translation>
    </message>
    <message>
        <source>county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>部件标识码</translation>
    </message>
    <message>
        <source>administrative division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>The component id &quot;%1&quot; has the major class %2; it must be 01–06 or 21.</source>
        <translation>部件标识码 &quot;%1&quot; 的大类为 %2；大类必须为 01–06 或 21。</translation>
    </message>
    <message>
        <source>minor class</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>顺序号</translation>
    </message>
    <message>
        <source>The time limit is empty; expected e.g. &quot;4wh&quot;, &quot;5wd&quot;, &quot;30m&quot; or &quot;6h&quot;.</source>
        <translation>时限为空；应为 &quot;4wh&quot;、&quot;5wd&quot;、&quot;30m&quot; 或 &quot;6h&quot; 这样的格式。</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; does not start with a number; expected e.g. &quot;4wh&quot;.</source>
        <translation>时限 &quot;%1&quot; 不是以数字开头；应为 &quot;4wh&quot; 这样的格式。</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; has an unknown unit &quot;%2&quot;; use wh (working hours), wd (working days), m (minutes) or h (hours).</source>
        <translation>时限 &quot;%1&quot; 的单位 &quot;%2&quot; 无法识别；请使用 wh（工作时）、wd（工作日）、m（分钟）或 h（小时）。</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is too large; at most %2 units.</source>
        <translation>时限 &quot;%1&quot; 过大；最多 %2 个单位。</translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is zero; a limit must be positive.</source>
        <translation>时限 &quot;%1&quot; 为零；时限必须为正数。</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1 工作时</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 工作时</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 工作日</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>Work calendar: not a JSON object (%1 at offset %2).</source>
        <translation>工作日历：不是 JSON 对象（%1，位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>Work calendar: unknown time zone &quot;%1&quot;.</source>
        <translation>工作日历：未知时区 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Work calendar: minutesPerWorkday must be a whole number between 1 and 1440.</source>
        <translation>工作日历：minutesPerWorkday 必须是 1 到 1440 之间的整数。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;week&quot; must be an object keyed by day of week 1 (Monday) to 7 (Sunday).</source>
        <translation>工作日历：&quot;week&quot; 必须是以星期 1（周一）至 7（周日）为键的对象。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; is not a day of week; use 1 (Monday) to 7 (Sunday).</source>
        <translation>工作日历：&quot;%1&quot; 不是有效的星期；请使用 1（周一）至 7（周日）。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;years&quot; must be an object keyed by year.</source>
        <translation>工作日历：&quot;years&quot; 必须是以年份为键的对象。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; is not a year with an object of holidays and workdays.</source>
        <translation>工作日历：&quot;%1&quot; 不是年份，或其值不是包含节假日和调休工作日的对象。</translation>
    </message>
    <message>
        <source>Work calendar: %1 is listed both as a holiday and as a make-up workday.</source>
        <translation>工作日历：%1 同时被列为节假日和调休工作日。</translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 time such as 2026-11-23T09:30:00+08:00.</source>
        <translation>--%1 需要 ISO 8601 格式的时间，例如 2026-11-23T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>Acting user (login).</source>
        <translation>执行操作的用户（登录名）。</translation>
    </message>
    <message>
        <source>Role to act in: operator, shift-leader, dispatcher, department, collector, supervisor (or 受理员 …).</source>
        <translation>以哪个角色操作：operator、shift-leader、dispatcher、department、collector、supervisor（也可用中文名，如 受理员 …）。</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>发生时间（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN --role ROLE.</source>
        <translation>请用 --as LOGIN --role ROLE 指定操作人。</translation>
    </message>
    <message>
        <source>Case %1  [%2]</source>
        <translation>案卷 %1  [%2]</translation>
    </message>
    <message>
        <source>  category  %1 %2 (%3)</source>
        <translation>  类别      %1 %2（%3）</translation>
    </message>
    <message>
        <source>  channel   %1</source>
        <translation>  上报渠道  %1</translation>
    </message>
    <message>
        <source>  where     %1  grid %2  (%3)</source>
        <translation>  位置      %1  网格 %2  （%3）</translation>
    </message>
    <message>
        <source>  reported  %1</source>
        <translation>  上报时间  %1</translation>
    </message>
    <message>
        <source>  deadline  %1</source>
        <translation>  处置时限  %1</translation>
    </message>
    <message>
        <source>Register a report (信息收集) as a new case.</source>
        <translation>登记一条上报（信息收集），生成新案卷。</translation>
    </message>
    <message>
        <source>collector, hotline-12319, hotline-12345, video, wechat or superior.</source>
        <translation>上报渠道：collector、hotline-12319、hotline-12345、video、wechat 或 superior。</translation>
    </message>
    <message>
        <source>Category key, e.g. event:0102 (see cityctl categories).</source>
        <translation>类别键，例如 event:0102（参见 cityctl categories）。</translation>
    </message>
    <message>
        <source>urgent or normal.</source>
        <translation>urgent（紧急）或 normal（一般）。</translation>
    </message>
    <message>
        <source>Longitude (CGCS2000).</source>
        <translation>经度（CGCS2000）。</translation>
    </message>
    <message>
        <source>Latitude (CGCS2000).</source>
        <translation>纬度（CGCS2000）。</translation>
    </message>
    <message>
        <source>Unit-grid code (14 digits) when there is no point.</source>
        <translation>无坐标点时使用的单元网格编码（14 位）。</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>What is wrong.</source>
        <translation>问题描述。</translation>
    </message>
    <message>
        <source>Caller or collector.</source>
        <translation>来电人或监督员。</translation>
    </message>
    <message>
        <source>Component id (16 digits).</source>
        <translation>部件标识码（16 位）。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--level is urgent or normal.</source>
        <translation>--level 只能是 urgent 或 normal。</translation>
    </message>
    <message>
        <source>Give both --lon and --lat.</source>
        <translation>请同时提供 --lon 和 --lat。</translation>
    </message>
    <message>
        <source>--lon and --lat take degrees (-180…180, -90…90).</source>
        <translation>--lon 和 --lat 以度为单位（-180…180，-90…90）。</translation>
    </message>
    <message>
        <source>cityctl: warning: the point lies outside every unit grid.</source>
        <translation>cityctl：警告：该点不在任何单元网格内。</translation>
    </message>
    <message>
        <source>Run one workflow action on a case.</source>
        <translation>对案卷执行一个流程操作。</translation>
    </message>
    <message>
        <source>Case number (e.g. 2026-000123) or id.</source>
        <translation>案卷编号（如 2026-000123）或 ID。</translation>
    </message>
    <message>
        <source>Action: %1.</source>
        <translation>操作：%1。</translation>
    </message>
    <message>
        <source>Reason or remark.</source>
        <translation>原因或备注。</translation>
    </message>
    <message>
        <source>Dispatch to this department (code or id; default: the responsible one).</source>
        <translation>派遣到此部门（编码或 ID；默认为责任部门）。</translation>
    </message>
    <message>
        <source>Extension in working hours (延期).</source>
        <translation>延期时长，单位为工作时（延期）。</translation>
    </message>
    <message>
        <source>Give the case and the action.</source>
        <translation>请指定案卷和操作。</translation>
    </message>
    <message>
        <source>--hours takes a positive whole number.</source>
        <translation>--hours 需要正整数。</translation>
    </message>
    <message>
        <source>%1: %2 → %3, deadline %4</source>
        <translation>%1：%2 → %3，处置时限 %4</translation>
    </message>
    <message>
        <source>Show a case with its full event timeline.</source>
        <translation>显示案卷及其完整的流转记录。</translation>
    </message>
    <message>
        <source>Case number or id.</source>
        <translation>案卷编号或 ID。</translation>
    </message>
    <message>
        <source>Give the case.</source>
        <translation>请指定案卷。</translation>
    </message>
    <message>
        <source>  timeline</source>
        <translation>  流转记录</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Apply JSON lines from stdin (reports and workflow actions, each with actor, role and time) in batches through the workflow. Refused lines are reported with their reason.</source>
        <translation>从标准输入读取 JSON 行（上报和流程操作，每行均含操作人、角色和时间），分批交由流程处理。被拒绝的行会连同原因一并报告。</translation>
    </message>
    <message>
        <source>Lines per transaction.</source>
        <translation>每个事务处理的行数。</translation>
    </message>
    <message>
        <source>--batch takes a positive whole number.</source>
        <translation>--batch 需要正整数。</translation>
    </message>
    <message>
        <source>line %1: refused: %2 [%3]</source>
        <translation>第 %1 行：被拒绝：%2 [%3]</translation>
    </message>
    <message>
        <source>%1 lines applied, %2 refused</source>
        <translation>已处理 %1 行，拒绝 %2 行</translation>
    </message>
    <message>
        <source>Usage: cityctl case file|act|show|import [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl case file|act|show|import [选项]  （各子命令均可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>Write the demo city (a county of ~38.6 km² with grids, departments, cameras, components, collectors and a year of cases) into a new database.</source>
        <translation>将示范城市（约 38.6 km² 的一个县区，含网格、专业部门、摄像头、部件、监督员及一年的案卷）写入新数据库。</translation>
    </message>
    <message>
        <source>Random seed (same seed and end, same city).</source>
        <translation>随机种子（种子和结束时间相同，生成的城市也相同）。</translation>
    </message>
    <message>
        <source>Number of cases over the year.</source>
        <translation>全年案卷数量。</translation>
    </message>
    <message>
        <source>Number of components.</source>
        <translation>部件数量。</translation>
    </message>
    <message>
        <source>End of the simulated year (ISO 8601; default now).</source>
        <translation>模拟年度的结束时间（ISO 8601；默认为当前时间）。</translation>
    </message>
    <message>
        <source>Base URL of the camera simulator.</source>
        <translation>摄像头模拟器的基础 URL。</translation>
    </message>
    <message>
        <source>--seed, --cases and --components take non-negative whole numbers.</source>
        <translation>--seed、--cases 和 --components 需要非负整数。</translation>
    </message>
    <message>
        <source>--end takes an ISO 8601 time such as 2026-11-23T18:00:00+08:00.</source>
        <translation>--end 需要 ISO 8601 格式的时间，例如 2026-11-23T18:00:00+08:00。</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>请用 --db FILE 指定数据库。</translation>
    </message>
    <message>
        <source>%1 exists already; init-demo writes a new database only.</source>
        <translation>%1 已存在；init-demo 只能写入新数据库。</translation>
    </message>
    <message>
        <source>  %1: %2 of %3</source>
        <translation>  %1：%2/%3</translation>
    </message>
    <message>
        <source>Demo city written to %1 in %2 s:</source>
        <translation>示范城市已写入 %1，用时 %2 秒：</translation>
    </message>
    <message>
        <source>  %1 streets, %2 communities, %3 responsibility grids, %4 unit grids</source>
        <translation>  %1 个街道，%2 个社区，%3 个责任网格，%4 个单元网格</translation>
    </message>
    <message>
        <source>  %1 departments, %2 users, %3 cameras, %4 components</source>
        <translation>  %1 个专业部门，%2 个用户，%3 个摄像头，%4 个部件</translation>
    </message>
    <message>
        <source>  %1 cases with %2 workflow actions</source>
        <translation>  %1 个案卷，共 %2 个流程操作</translation>
    </message>
    <message>
        <source>cityctl: %1 simulated actions were refused by the workflow.</source>
        <translation>cityctl：有 %1 个模拟操作被流程拒绝。</translation>
    </message>
    <message>
        <source>List the layers and tables of a database with their row counts.</source>
        <translation>列出数据库的图层和数据表及其行数。</translation>
    </message>
    <message>
        <source>%1: GeoPackage, CityCommand schema %2</source>
        <translation>%1：GeoPackage，CityCommand 结构版本 %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>List the category dictionary with disposal limits.</source>
        <translation>列出分类字典及处置时限。</translation>
    </message>
    <message>
        <source>part or event.</source>
        <translation>part（部件）或 event（事件）。</translation>
    </message>
    <message>
        <source>Only classes matching TEXT.</source>
        <translation>仅列出与 TEXT 匹配的类别。</translation>
    </message>
    <message>
        <source>--kind is part or event.</source>
        <translation>--kind 只能是 part 或 event。</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-01-31.</source>
        <translation>--from 和 --to 需要日期，例如 2026-01-31。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>The local database (GeoPackage) file.</source>
        <translation>本地数据库（GeoPackage）文件。</translation>
    </message>
    <message>
        <source>cityctl: unknown command “%1”.</source>
        <translation>cityctl：未知命令“%1”。</translation>
    </message>
    <message>
        <source>“at” is not an ISO-8601 time: %1</source>
        <translation>“at”不是 ISO-8601 时间：%1</translation>
    </message>
    <message>
        <source>Collector report</source>
        <translation>监督员上报</translation>
    </message>
    <message>
        <source>Hotline 12319</source>
        <translation>12319热线</translation>
    </message>
    <message>
        <source>Hotline 12345</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>WeChat / snapshot</source>
        <translation>微信/随手拍</translation>
    </message>
    <message>
        <source>Assigned by superiors</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Separates the names of a list, e.g. of roles (&quot;、&quot; in Chinese)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Category dictionary: %1 has a &quot;%2&quot; that is not a list of non-empty texts.</source>
        <translation>分类字典：%1 的 &quot;%2&quot; 不是由非空文本组成的列表。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has %3 characters; it must have exactly %4 digits.</source>
        <translation>%1 &quot;%2&quot; 有 %3 个字符；必须恰好为 %4 位数字。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; may contain only the digits 0–9.</source>
        <translation>%1 &quot;%2&quot; 只能包含数字 0–9。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has an all-zero %3 part.</source>
        <translation>%1 &quot;%2&quot; 中的%3部分全为 0。</translation>
    </message>
    <message>
        <source>Valid report rate</source>
        <extracomment>有效上报率</extracomment>
        <translation>有效上报率</translation>
    </message>
    <message>
        <source>Missed report rate</source>
        <extracomment>漏报率</extracomment>
        <translation>漏报率</translation>
    </message>
    <message>
        <source>On-time verification rate</source>
        <extracomment>按时核实率</extracomment>
        <translation>按时核实率</translation>
    </message>
    <message>
        <source>On-time check rate</source>
        <extracomment>按时核查率</extracomment>
        <translation>按时核查率</translation>
    </message>
    <message>
        <source>Accepted count score</source>
        <extracomment>受理数分值</extracomment>
        <translation>受理数分值</translation>
    </message>
    <message>
        <source>On-time verification dispatch rate</source>
        <extracomment>按时派发核实率</extracomment>
        <translation>按时派发核实率</translation>
    </message>
    <message>
        <source>On-time check dispatch rate</source>
        <extracomment>按时派发核查率</extracomment>
        <translation>按时派发核查率</translation>
    </message>
    <message>
        <source>On-time filing rate</source>
        <extracomment>按时立案率</extracomment>
        <translation>按时立案率</translation>
    </message>
    <message>
        <source>Accurate filing rate</source>
        <extracomment>准确立案率</extracomment>
        <translation>准确立案率</translation>
    </message>
    <message>
        <source>On-time closing rate</source>
        <extracomment>按时结案率</extracomment>
        <translation>按时结案率</translation>
    </message>
    <message>
        <source>On-time dispatch rate</source>
        <extracomment>按时派遣率</extracomment>
        <translation>按时派遣率</translation>
    </message>
    <message>
        <source>Accurate dispatch rate</source>
        <extracomment>准确派遣率</extracomment>
        <translation>准确派遣率</translation>
    </message>
    <message>
        <source>Dispatch count score</source>
        <extracomment>派遣数分值</extracomment>
        <translation>派遣数分值</translation>
    </message>
    <message>
        <source>Disposal rate</source>
        <extracomment>处置率</extracomment>
        <translation>处置率</translation>
    </message>
    <message>
        <source>On-time disposal rate</source>
        <extracomment>按期处置率</extracomment>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <extracomment>返工率</extracomment>
        <translation>返工率</translation>
    </message>
    <message>
        <source>Overdue undisposed rate</source>
        <extracomment>超期待处置率</extracomment>
        <translation>超期待处置率</translation>
    </message>
    <message>
        <source>Postponement rate</source>
        <extracomment>延期率</extracomment>
        <translation>延期率</translation>
    </message>
    <message>
        <source>Collector report rate</source>
        <extracomment>监督举报率</extracomment>
        <translation>监督举报率</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <extracomment>结案率</extracomment>
        <translation>结案率</translation>
    </message>
    <message>
        <source>Closing-within-limit rate</source>
        <extracomment>按期结案率</extracomment>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Filed count score</source>
        <extracomment>立案数分值</extracomment>
        <translation>立案数分值</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>受理员</extracomment>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Shift leader</source>
        <extracomment>值班长</extracomment>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <extracomment>派遣员</extracomment>
        <translation>派遣员</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>专业部门 (a user of a responsible department)</extracomment>
        <translation>专业部门</translation>
    </message>
    <message>
        <source>Collector</source>
        <extracomment>监督员 (信息采集员)</extracomment>
        <translation>监督员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>督查员</extracomment>
        <translation>督查员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>系统管理员</extracomment>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <comment>case state</comment>
        <extracomment>待受理</extracomment>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <comment>case state</comment>
        <extracomment>待核实</extracomment>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Pending filing</source>
        <comment>case state</comment>
        <extracomment>待立案</extracomment>
        <translation>待立案</translation>
    </message>
    <message>
        <source>Pending dispatch</source>
        <comment>case state</comment>
        <extracomment>待派遣</extracomment>
        <translation>待派遣</translation>
    </message>
    <message>
        <source>Pending receipt</source>
        <comment>case state</comment>
        <extracomment>待签收 (sent to a department, which has not signed for it yet)</extracomment>
        <translation>待签收</translation>
    </message>
    <message>
        <source>In disposal</source>
        <comment>case state</comment>
        <extracomment>处置中</extracomment>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Return requested</source>
        <comment>case state</comment>
        <extracomment>回退申请</extracomment>
        <translation>回退申请</translation>
    </message>
    <message>
        <source>Postponement requested</source>
        <comment>case state</comment>
        <extracomment>延期申请</extracomment>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Shelving requested</source>
        <comment>case state</comment>
        <extracomment>挂账申请</extracomment>
        <translation>挂账申请</translation>
    </message>
    <message>
        <source>Shelved</source>
        <comment>case state</comment>
        <extracomment>挂账 (parked in the 问题库)</extracomment>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Pending check</source>
        <comment>case state</comment>
        <extracomment>待核查 (the department reported its result)</extracomment>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>case state</comment>
        <extracomment>核查中</extracomment>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Pending closing</source>
        <comment>case state</comment>
        <extracomment>待结案</extracomment>
        <translation>待结案</translation>
    </message>
    <message>
        <source>Disposed on the spot, pending closing</source>
        <comment>case state</comment>
        <extracomment>自行处置待结案</extracomment>
        <translation>自行处置待结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case state</comment>
        <extracomment>已结案</extracomment>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>case state</comment>
        <extracomment>不予受理</extracomment>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>case state</comment>
        <extracomment>作废</extracomment>
        <translation>作废</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>case action</comment>
        <extracomment>上报 / 登记</extracomment>
        <translation>上报</translation>
    </message>
    <message>
        <source>Send for verification</source>
        <comment>case action</comment>
        <extracomment>发核实</extracomment>
        <translation>发核实</translation>
    </message>
    <message>
        <source>Confirm on site</source>
        <comment>case action</comment>
        <extracomment>核实属实</extracomment>
        <translation>核实属实</translation>
    </message>
    <message>
        <source>Not confirmed on site</source>
        <comment>case action</comment>
        <extracomment>核实不属实</extracomment>
        <translation>核实不属实</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>case action</comment>
        <extracomment>受理</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <comment>case action</comment>
        <extracomment>不予受理</extracomment>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>File</source>
        <comment>case action</comment>
        <extracomment>立案</extracomment>
        <translation>立案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>case action</comment>
        <extracomment>作废 / 不予立案</extracomment>
        <translation>作废</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <comment>case action</comment>
        <extracomment>派遣</extracomment>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Redispatch</source>
        <comment>case action</comment>
        <extracomment>二次派遣 (to another department before the first one signed for it)</extracomment>
        <translation>二次派遣</translation>
    </message>
    <message>
        <source>Sign for</source>
        <comment>case action</comment>
        <extracomment>签收</extracomment>
        <translation>签收</translation>
    </message>
    <message>
        <source>Report result</source>
        <comment>case action</comment>
        <extracomment>处理反馈</extracomment>
        <translation>处理反馈</translation>
    </message>
    <message>
        <source>Request return</source>
        <comment>case action</comment>
        <extracomment>申请回退</extracomment>
        <translation>申请回退</translation>
    </message>
    <message>
        <source>Approve return</source>
        <comment>case action</comment>
        <extracomment>同意回退</extracomment>
        <translation>同意回退</translation>
    </message>
    <message>
        <source>Refuse return</source>
        <comment>case action</comment>
        <extracomment>不同意回退</extracomment>
        <translation>不同意回退</translation>
    </message>
    <message>
        <source>Request postponement</source>
        <comment>case action</comment>
        <extracomment>申请延期</extracomment>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve postponement</source>
        <comment>case action</comment>
        <extracomment>同意延期</extracomment>
        <translation>同意延期</translation>
    </message>
    <message>
        <source>Refuse postponement</source>
        <comment>case action</comment>
        <extracomment>不同意延期</extracomment>
        <translation>不同意延期</translation>
    </message>
    <message>
        <source>Request shelving</source>
        <comment>case action</comment>
        <extracomment>申请挂账</extracomment>
        <translation>申请挂账</translation>
    </message>
    <message>
        <source>Approve shelving</source>
        <comment>case action</comment>
        <extracomment>同意挂账</extracomment>
        <translation>同意挂账</translation>
    </message>
    <message>
        <source>Refuse shelving</source>
        <comment>case action</comment>
        <extracomment>不同意挂账</extracomment>
        <translation>不同意挂账</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <comment>case action</comment>
        <extracomment>解除挂账</extracomment>
        <translation>解除挂账</translation>
    </message>
    <message>
        <source>Send for check</source>
        <comment>case action</comment>
        <extracomment>发核查</extracomment>
        <translation>发核查</translation>
    </message>
    <message>
        <source>Check passed</source>
        <comment>case action</comment>
        <extracomment>核查通过</extracomment>
        <translation>核查通过</translation>
    </message>
    <message>
        <source>Check failed</source>
        <comment>case action</comment>
        <extracomment>核查不通过 (返工)</extracomment>
        <translation>核查不通过</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>case action</comment>
        <extracomment>结案</extracomment>
        <translation>结案</translation>
    </message>
    <message>
        <source>Supervise</source>
        <comment>case action</comment>
        <extracomment>督办</extracomment>
        <translation>督办</translation>
    </message>
    <message>
        <source>Urge</source>
        <comment>case action</comment>
        <extracomment>催办</extracomment>
        <translation>催办</translation>
    </message>
    <message>
        <source>Dispose on the spot</source>
        <comment>case action</comment>
        <extracomment>自行处置</extracomment>
        <translation>自行处置</translation>
    </message>
    <message>
        <source>Information collection</source>
        <comment>stage</comment>
        <extracomment>信息收集</extracomment>
        <translation>信息收集</translation>
    </message>
    <message>
        <source>Case filing</source>
        <comment>stage</comment>
        <extracomment>案卷建立</extracomment>
        <translation>案卷建立</translation>
    </message>
    <message>
        <source>Task dispatch</source>
        <comment>stage</comment>
        <extracomment>任务派遣</extracomment>
        <translation>任务派遣</translation>
    </message>
    <message>
        <source>Task disposal</source>
        <comment>stage</comment>
        <extracomment>任务处理</extracomment>
        <translation>任务处理</translation>
    </message>
    <message>
        <source>Disposal feedback</source>
        <comment>stage</comment>
        <extracomment>处理反馈</extracomment>
        <translation>处理反馈</translation>
    </message>
    <message>
        <source>Check and closing</source>
        <comment>stage</comment>
        <extracomment>核查结案</extracomment>
        <translation>核查结案</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <comment>stage</comment>
        <extracomment>综合评价</extracomment>
        <translation>综合评价</translation>
    </message>
    <message>
        <source>Work calendar: week day %1 must be a list of [&quot;HH:mm&quot;, &quot;HH:mm&quot;] periods.</source>
        <translation>工作日历：星期 %1 必须是由 [&quot;HH:mm&quot;, &quot;HH:mm&quot;] 时段组成的列表。</translation>
    </message>
    <message>
        <source>Work calendar: week day %1 has an invalid period %2; expected [&quot;HH:mm&quot;, &quot;HH:mm&quot;] with start before end.</source>
        <translation>工作日历：星期 %1 的时段 %2 无效；应为 [&quot;HH:mm&quot;, &quot;HH:mm&quot;]，且开始时间早于结束时间。</translation>
    </message>
    <message>
        <source>Work calendar: the periods of week day %1 overlap.</source>
        <translation>工作日历：星期 %1 的时段相互重叠。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; of year %2 must be a list of &quot;yyyy-MM-dd&quot; dates.</source>
        <translation>工作日历：%2 年的 &quot;%1&quot; 必须是由 &quot;yyyy-MM-dd&quot; 日期组成的列表。</translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; of year %2 holds an invalid date &quot;%3&quot;; expected yyyy-MM-dd.</source>
        <translation>工作日历：%2 年的 &quot;%1&quot; 中有无效日期 &quot;%3&quot;；应为 yyyy-MM-dd 格式。</translation>
    </message>
    <message>
        <source>Work calendar: the date %1 is listed under year %2.</source>
        <translation>工作日历：日期 %1 不属于 %2 年，却列在该年之下。</translation>
    </message>
    <message>
        <source>Ref “%1” was already used for another report in this input.</source>
        <translation>引用号“%1”已被本次输入中的另一条上报使用。</translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2 Lines up to %3 are applied; from line %4 on nothing was applied.</source>
        <translation>导入在第 %1 行中止：%2 第 %3 行及之前的内容已生效；自第 %4 行起均未生效。</translation>
    </message>
    <message>
        <source>User “%1” does not belong to that department.</source>
        <translation>用户“%1”不属于该部门。</translation>
    </message>
    <message>
        <source>Channel “%1” does not fit the role %2: collectors report through the collector channel, operators register the other channels.</source>
        <translation>来源“%1”与角色%2不符：监督员通过监督员上报渠道上报，受理员登记其他渠道的问题。</translation>
    </message>
    <message>
        <source>The point (%1, %2) lies outside unit grid %3.</source>
        <translation>位置（%1, %2）不在单元网格 %3 内。</translation>
    </message>
    <message>
        <source>Unknown evaluation scope.</source>
        <translation>未知的评价范围。</translation>
    </message>
    <message>
        <source>The password is too long (at most %1 bytes).</source>
        <translation>密码过长（最多 %1 字节）。</translation>
    </message>
    <message>
        <source>Type the password on standard input (one line).</source>
        <translation>请在标准输入中输入密码（一行）。</translation>
    </message>
    <message>
        <source>Name exactly one LOGIN.</source>
        <translation>请指定且仅指定一个 LOGIN。</translation>
    </message>
    <message>
        <source>List the users: login, name, roles, department and whether they are active (never the password hash).</source>
        <translation>列出用户：登录名、姓名、角色、部门及是否启用（从不输出密码哈希）。</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list 不接受参数。</translation>
    </message>
    <message>
        <source>login	name	roles	department	active	password</source>
        <translation>登录名	姓名	角色	部门	启用	密码</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Set the password of LOGIN (at least %1 characters). The new password is read from standard input, one line, so it appears in neither the process list nor the shell history.</source>
        <translation>设置 LOGIN 的密码（至少 %1 个字符）。新密码从标准输入读取（一行），因此既不会出现在进程列表中，也不会出现在 shell 历史记录中。</translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The passwords differ; nothing changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>Check a password of LOGIN as the login form does (read from standard input, one line): print the user&apos;s roles and exit 0, or print the refusal and exit 1.</source>
        <translation>按登录界面的方式校验 LOGIN 的密码（从标准输入读取，一行）：通过时输出用户的角色并以 0 退出，否则输出拒绝原因并以 1 退出。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Usage: cityctl user list|passwd|check [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl user list|passwd|check [选项]  （各子命令均可用 --help 查看帮助）</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation>无法计算密码哈希（内存不足）。</translation>
    </message>
    <message>
        <source>User “%1” holds no role; ask an administrator to assign one.</source>
        <translation>用户“%1”没有任何岗位角色；请联系管理员分配。</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Unknown list order.</source>
        <translation>未知的列表排序方式。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Stage deadline</source>
        <translation>阶段时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation>责任网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Unknown attachment kind “%1”; use one of: %2.</source>
        <translation>未知的附件类型“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>文件“%1”为空。</translation>
    </message>
    <message>
        <source>The file “%1” has %2 MB; an attachment may have at most %3 MB.</source>
        <translation>文件“%1”大小为 %2 MB；附件最大 %3 MB。</translation>
    </message>
    <message>
        <source>The file “%1” is not a photo (%2); attach JPEG or PNG images, or audio as a voice note.</source>
        <translation>文件“%1”不是照片（%2）；请附加 JPEG 或 PNG 图片，语音备注可附加音频。</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored in this database.</source>
        <translation>附件 %1 未保存在本数据库中。</translation>
    </message>
    <message>
        <source>Attach a photo (repeat for more): before with a report, after with feedback, of the check with checks.</source>
        <translation>附加照片（可重复）：上报时为处置前照片，处理反馈时为处置后照片，核查时为核查照片。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>  attached  %1 %2 (%3, %4 KB)</source>
        <translation>  附件      %1 %2（%3，%4 KB）</translation>
    </message>
    <message>
        <source>Read “lon,lat” lines (EPSG:4490) on standard input and print, for each, the code of the unit grid covering the point, or an empty line outside every grid. A point on a shared edge or corner gets the smallest code.</source>
        <translation>从标准输入读取“经度,纬度”行（EPSG:4490），逐行输出覆盖该点的单元网格编码；不在任何网格内时输出空行。位于公共边或公共角点上的点取编码最小的网格。</translation>
    </message>
    <message>
        <source>Print “unit grid,responsibility grid,community” per line.</source>
        <translation>每行输出“单元网格,责任网格,社区”。</translation>
    </message>
    <message>
        <source>cityctl: line %1 is not “lon,lat”.</source>
        <translation>cityctl：第 %1 行不是“经度,纬度”。</translation>
    </message>
    <message>
        <source>cityctl: %1 of %2 lines were not “lon,lat”.</source>
        <translation>cityctl：%2 行中有 %1 行不是“经度,纬度”。</translation>
    </message>
    <message>
        <source>Export a map layer to a GeoPackage (.gpkg), GeoJSON (.geojson) or Shapefile (.shp) in EPSG:4490. Layers: unit-grids, responsibility-grids, communities, streets, components, cameras, cases, collectors.</source>
        <translation>将地图图层以 EPSG:4490 导出为 GeoPackage（.gpkg）、GeoJSON（.geojson）或 Shapefile（.shp）。图层：unit-grids、responsibility-grids、communities、streets、components、cameras、cases、collectors。</translation>
    </message>
    <message>
        <source>The layer to export.</source>
        <translation>要导出的图层。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（已存在则覆盖）。</translation>
    </message>
    <message>
        <source>Name a layer with --layer (e.g. unit-grids).</source>
        <translation>请用 --layer 指定图层（例如 unit-grids）。</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation>请用 --out FILE 指定输出文件。</translation>
    </message>
    <message>
        <source>%1 features of %2 written to %3</source>
        <translation>已将 %2 的 %1 个要素写入 %3</translation>
    </message>
    <message>
        <source>Import unit grids (polygons) or components (points) from a GeoPackage, GeoJSON or Shapefile. Grids replace the boundary of the grid with the same code or are added, and the whole layer is validated before anything is written (as a supervisor, --as). Components are added with their unit grid found by the geocoder. Map our fields to the file&apos;s with --field ours=theirs (grids: code, community_code, responsibility_code; components: object_code, category_code, name, state).</source>
        <translation>从 GeoPackage、GeoJSON 或 Shapefile 导入单元网格（多边形）或部件（点）。网格会替换同编码网格的边界或作为新网格加入，写入前校验整个图层（须以督查员身份，--as）。部件逐个加入，其所在单元网格由地理编码确定。用 --field 我方字段=文件字段 指定字段映射（网格：code、community_code、responsibility_code；部件：object_code、category_code、name、state）。</translation>
    </message>
    <message>
        <source>unit-grids or components.</source>
        <translation>unit-grids 或 components。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>The file&apos;s layer (default: its first).</source>
        <translation>文件中的图层（默认：第一个）。</translation>
    </message>
    <message>
        <source>A field mapping, e.g. code=WGBM (repeatable).</source>
        <translation>字段映射，例如 code=WGBM（可重复）。</translation>
    </message>
    <message>
        <source>The supervisor who imports grids.</source>
        <translation>导入网格的督查员。</translation>
    </message>
    <message>
        <source>--layer takes unit-grids or components.</source>
        <translation>--layer 的取值为 unit-grids 或 components。</translation>
    </message>
    <message>
        <source>Name the file with --in FILE.</source>
        <translation>请用 --in FILE 指定文件。</translation>
    </message>
    <message>
        <source>--field takes OURS=THEIRS, e.g. code=WGBM.</source>
        <translation>--field 的格式为 我方字段=文件字段，例如 code=WGBM。</translation>
    </message>
    <message>
        <source>%1 components imported</source>
        <translation>已导入 %1 个部件</translation>
    </message>
    <message>
        <source>Grids are imported by a supervisor: name one with --as LOGIN.</source>
        <translation>网格须由督查员导入：请用 --as LOGIN 指定。</translation>
    </message>
    <message>
        <source>Grids saved: %1 changed, %2 added</source>
        <translation>网格已保存：修改 %1 个，新增 %2 个</translation>
    </message>
    <message>
        <source>Also check every page of the file (PRAGMA quick_check; minutes on a large one).</source>
        <translation>同时逐页检查文件（PRAGMA quick_check；大文件需数分钟）。</translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device); give a photo file.</source>
        <translation>%1 不是普通文件（而是文件夹、管道或设备）；请给出照片文件。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值 true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>“%1” must be %2, not %3.</source>
        <translation>“%1”必须是%2，而不是%3。</translation>
    </message>
    <message>
        <source>Give both “lon” and “lat”, or neither.</source>
        <translation>“lon”和“lat”须同时给出或都不给。</translation>
    </message>
    <message>
        <source>a number of degrees</source>
        <translation>以度为单位的数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>A line must be one JSON object {…}, not %1.</source>
        <translation>每行必须是一个 JSON 对象 {…}，而不是%1。</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>An action line needs “case” (a case number or id) or the “ref” of a report earlier in this input.</source>
        <translation>动作行需要“case”（案卷编号或 ID）或本输入中前面某条上报的“ref”。</translation>
    </message>
    <message>
        <source>An action line needs “action” (e.g. accept).</source>
        <translation>动作行需要“action”（例如 accept）。</translation>
    </message>
    <message>
        <source>“type” must be the text “report” or “action”, not %1.</source>
        <translation>“type”必须是文本“report”或“action”，而不是%1。</translation>
    </message>
    <message>
        <source>The input holds NUL bytes: it is not JSON lines (UTF-8 text).</source>
        <translation>输入中含有 NUL 字节：它不是 JSON 行（UTF-8 文本）。</translation>
    </message>
    <message>
        <source>The line is longer than %1 KiB; it was skipped.</source>
        <translation>该行超过 %1 KiB，已跳过。</translation>
    </message>
    <message>
        <source>The line could not be stored: it breaks a rule of the database (%1).</source>
        <translation>该行无法保存：它违反了数据库规则（%1）。</translation>
    </message>
    <message>
        <source>The point (%1, %2) is not a longitude and latitude in degrees (-180…180, -90…90).</source>
        <translation>点 (%1, %2) 不是以度为单位的经纬度（经度 -180…180，纬度 -90…90）。</translation>
    </message>
    <message>
        <source>Say which category (e.g. event:0102).</source>
        <translation>请指定类别（例如 event:0102）。</translation>
    </message>
    <message>
        <source>Say which channel the report came by: one of %1.</source>
        <translation>请指定案件来源：%1 之一。</translation>
    </message>
    <message>
        <source>The time %1 is outside the accepted window %2 … %3 (now plus %4 minutes).</source>
        <translation>时间 %1 不在允许的范围 %2 … %3（当前时间加 %4 分钟）之内。</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>（无效）</translation>
    </message>
    <message>
        <source>An extension may be at most %1 working hours (%2 working days); %3 were asked.</source>
        <translation>延期最多 %1 个工作小时（%2 个工作日）；申请的是 %3 小时。</translation>
    </message>
    <message>
        <source>The photo “%1” is damaged or incomplete (%2); attach the whole file.</source>
        <translation>照片“%1”已损坏或不完整（%2）；请附上完整的文件。</translation>
    </message>
    <message>
        <source>the JPEG ends before its end marker</source>
        <translation>JPEG 文件在结束标记之前就结束了</translation>
    </message>
    <message>
        <source>the PNG ends before its last chunk</source>
        <translation>PNG 文件在最后一个数据块之前就结束了</translation>
    </message>
    <message>
        <source>The photo “%1” has %2 × %3 pixels; at most %4 megapixels are accepted.</source>
        <translation>照片“%1”有 %2 × %3 像素；最多接受 %4 百万像素。</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>a grade and its score range, e.g. &quot;A 90–100&quot;</extracomment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Case %1 was renumbered by the hub to %2 (its number had been taken meanwhile); act on it as %2 or by its id %3.</source>
        <translation>案件 %1 已由中心库改编号为 %2（原编号在此期间已被占用）；请按 %2 或按其 ID %3 办理。</translation>
    </message>
    <message>
        <source>The hub sent a password hash format this CityCommand does not know.</source>
        <translation>枢纽发来的密码散列格式本版 CityCommand 无法识别。</translation>
    </message>
    <message>
        <source>The attachments of one step have %1 MB together; at most %2 MB are allowed.</source>
        <translation>同一环节的附件合计 %1 MB，最多允许 %2 MB。</translation>
    </message>
    <message>
        <source>The work calendar stored in the database cannot be read: %1</source>
        <translation>数据库中保存的工作日历无法读取：%1</translation>
    </message>
    <message>
        <source>Write the bulletin (通报) of a week, month or quarter: headline figures with 环比 and 同比, red and black lists, overdue cases, top problems, recurring problems and charts, on A4.</source>
        <translation>生成周、月或季度通报（A4）：主要指标及环比、同比，红榜和黑榜，超期案件，高发问题，老不改问题和图表。</translation>
    </message>
    <message>
        <source>week, month or quarter.</source>
        <translation>week（周）、month（月）或 quarter（季度）。</translation>
    </message>
    <message>
        <source>The period: 2026-W48 (week), 2026-11 (month), 2026-Q4 (quarter), in the city&apos;s time zone.</source>
        <translation>通报期间：2026-W48（周）、2026-11（月）、2026-Q4（季度），按本市时区计。</translation>
    </message>
    <message>
        <source>pdf, odt or xlsx (default: from --out).</source>
        <translation>pdf、odt 或 xlsx（默认按 --out 的扩展名）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Name --kind, --period and --out.</source>
        <translation>请给出 --kind、--period 和 --out。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change (环比)</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Change (同比)</source>
        <translation>同比</translation>
    </message>
    <message>
        <source> pp</source>
        <extracomment>percentage points</extracomment>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>无可比数据</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>up %1%2</source>
        <translation>上升%1%2</translation>
    </message>
    <message>
        <source>down %1%2</source>
        <translation>下降%1%2</translation>
    </message>
    <message>
        <source>In %1 the centre received %2 reports and filed %3 cases; %4 were due to close and %5 were closed, a closing rate of %6 (%7 on the previous period, %8 on a year earlier). %9 cases were overdue and still open at the end of the period.</source>
        <translation>%1，共受理问题 %2 件，立案 %3 件；应结案 %4 件，已结案 %5 件，结案率 %6（环比%7，同比%8）。截至期末，超期未结案件 %9 件。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A section heading: 一、总体情况 (the numeral is Chinese in zh)</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The period %1 has not started yet; there is nothing to report.</source>
        <translation>%1 尚未开始，无可通报的内容。</translation>
    </message>
    <message>
        <source>Weekly bulletin of digital city management</source>
        <translation>数字城管工作周通报</translation>
    </message>
    <message>
        <source>Monthly bulletin of digital city management</source>
        <translation>数字城管工作月度通报</translation>
    </message>
    <message>
        <source>Quarterly bulletin of digital city management</source>
        <translation>数字城管工作季度通报</translation>
    </message>
    <message>
        <source>%1, issue %2</source>
        <translation>%1年第%2期</translation>
    </message>
    <message>
        <source>%1 Digital City Management Supervision and Command Centre</source>
        <translation>%1数字化城市管理监督指挥中心</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source> (running: figures as of %1)</source>
        <translation>（期间未结束，数据截至 %1）</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>“%1” is not a bulletin kind: week, month or quarter.</source>
        <translation>“%1”不是通报类型：应为 week（周）、month（月）或 quarter（季度）。</translation>
    </message>
    <message>
        <source>The format is pdf, odt or xlsx.</source>
        <translation>格式应为 pdf、odt 或 xlsx。</translation>
    </message>
    <message>
        <source>Overdue cases still open</source>
        <translation>超期未结案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>No case was overdue at the end of the period.</source>
        <translation>期末无超期未结案件。</translation>
    </message>
    <message>
        <source>%1 cases were past their department&apos;s deadline and still open at the end of the period; the %2 longest overdue are listed.</source>
        <translation>截至期末，共有 %1 件案卷超过处置时限仍未结案；下表列出超期最久的 %2 件。</translation>
    </message>
    <message>
        <source>%1 cases were past their department&apos;s deadline and still open at the end of the period.</source>
        <translation>截至期末，共有 %1 件案卷超过处置时限仍未结案。</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation>高发问题</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Top problems: this period and the previous one</source>
        <translation>高发问题（本期与上期）</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Top %1 problems (高发问题)</source>
        <translation>前%1位高发问题</translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>老不改问题</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <source>No problem came back in the period.</source>
        <translation>本期无反复出现的问题。</translation>
    </message>
    <message>
        <source>Recurring problems (老不改)</source>
        <translation>老不改问题</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Cases filed and closed per week</source>
        <translation>每周立案数与结案数</translation>
    </message>
    <message>
        <source>Cases filed and closed per day</source>
        <translation>每日立案数与结案数</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <source>Campaigns (专项整治)</source>
        <translation>专项整治</translation>
    </message>
    <message>
        <source>No campaign is recorded for this period.</source>
        <translation>本期无登记的专项整治。</translation>
    </message>
    <message>
        <source>“%1” is not a %2 period; write it like %3.</source>
        <translation>“%1”不是有效的 %2 期间，格式如 %3。</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>年份 %1 超出范围。</translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not %3.</source>
        <translation>%1 年只有第 1 至 %2 周，没有第 %3 周。</translation>
    </message>
    <message>
        <source>A month is 1 to 12, not %1.</source>
        <translation>月份应为 1 至 12，不能是 %1。</translation>
    </message>
    <message>
        <source>A quarter is 1 to 4, not %1.</source>
        <translation>季度应为 1 至 4，不能是 %1。</translation>
    </message>
    <message>
        <source>The bulletin kind is week, month or quarter.</source>
        <translation>通报类型应为 week（周）、month（月）或 quarter（季度）。</translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>%1, Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Due (应处置)</source>
        <translation>应处置数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>No department had cases to dispose of.</source>
        <translation>本期无部门有应处置案件。</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Due to close</source>
        <translation>应结案数</translation>
    </message>
    <message>
        <source>No street had cases due.</source>
        <translation>本期无街道有应结案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) were evaluated; ranked by the composite score of the evaluation (处置率, 按期处置率, 返工率, 超期率, 延期率).</source>
        <translation>
            <numerusform>本期共评价 %n 个部门，按综合评价得分（处置率、按期处置率、返工率、超期率、延期率）排名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments: red list and black list</source>
        <translation>部门红黑榜</translation>
    </message>
    <message>
        <source>Red list of departments (红榜)</source>
        <translation>部门红榜</translation>
    </message>
    <message>
        <source>Black list of departments (黑榜)</source>
        <translation>部门黑榜</translation>
    </message>
    <message>
        <source>Streets: red list and black list</source>
        <translation>街道红黑榜</translation>
    </message>
    <message>
        <source>Red list of streets (红榜)</source>
        <translation>街道红榜</translation>
    </message>
    <message>
        <source>Black list of streets (黑榜)</source>
        <translation>街道黑榜</translation>
    </message>
    <message>
        <source>The font “%1” is not installed; Chinese text would not print.</source>
        <translation>未安装字体“%1”，中文无法正常排印。</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>— %1 / %2 —</source>
        <translation>— 第 %1 页 共 %2 页 —</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year and month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>month and day</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>Hotspots %1 – %2: %3 cases in %4 cells of %5 m</source>
        <translation>热点 %1 – %2：%3 件案卷，分布在 %4 个 %5 米格子中</translation>
    </message>
    <message>
        <source>Print the case density in hexagonal cells for the days FROM to TO (inclusive, in the city&apos;s time zone).</source>
        <translation>输出 FROM 至 TO（含两端，按城市时区）各日案件在六边形格子中的密度。</translation>
    </message>
    <message>
        <source>Only this kind, 大类 or 小类 (e.g. event, event:01, event:0102).</source>
        <translation>仅统计该类型、大类或小类（例如 event、event:01、event:0102）。</translation>
    </message>
    <message>
        <source>Distance between neighbouring cells in metres.</source>
        <translation>相邻格子之间的距离（米）。</translation>
    </message>
    <message>
        <source>--cell-m takes a number of metres.</source>
        <translation>--cell-m 的取值为米数。</translation>
    </message>
    <message>
        <source>Recurring problems %1 – %2 (%3 × within %4 m and %5 days): %6 places, %7 reworked or reopened cases</source>
        <translation>老不改 %1 – %2（%4 米、%5 天内 %3 次）：%6 处地点，返工或重办案卷 %7 件</translation>
    </message>
    <message>
        <source>Print the recurring problems (老不改) of the days FROM to TO: places where the same 小类 keeps being reported, and reworked or reopened cases. Thresholds come from the city&apos;s settings unless given.</source>
        <translation>输出 FROM 至 TO 各日的老不改问题：同一小类反复被上报的地点，以及返工或重办的案卷。未给出阈值时使用城市设置。</translation>
    </message>
    <message>
        <source>Reports within this many metres.</source>
        <translation>相距不超过该米数的上报。</translation>
    </message>
    <message>
        <source>At least this many reports.</source>
        <translation>至少该次数的上报。</translation>
    </message>
    <message>
        <source>Within this many days.</source>
        <translation>在该天数之内。</translation>
    </message>
    <message>
        <source>--radius-m, --min-reports and --window-days take numbers.</source>
        <translation>--radius-m、--min-reports 和 --window-days 的取值须为数字。</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>时段的结束须晚于开始。</translation>
    </message>
    <message>
        <source>A hotspot period may span at most %1 days.</source>
        <translation>热点时段最长 %1 天。</translation>
    </message>
    <message>
        <source>The cell size must be %1–%2 m, not %3.</source>
        <translation>格子大小须为 %1–%2 米，而不是 %3。</translation>
    </message>
    <message>
        <source>“%1” is no kind, 大类 or 小类 of the category dictionary (e.g. event, event:01, event:0102).</source>
        <translation>“%1”不是分类字典中的类型、大类或小类（例如 event、event:01、event:0102）。</translation>
    </message>
    <message>
        <source>返工 (check failed)</source>
        <translation>返工（核查未通过）</translation>
    </message>
    <message>
        <source>重办 (reopened after closing)</source>
        <translation>重办（结案后重新办理）</translation>
    </message>
    <message>
        <source>No case was reported in the period.</source>
        <translation>本期无受理案件。</translation>
    </message>
    <message>
        <source>The problems reported most often in the period, against the period of the same length before it.</source>
        <translation>本期上报最多的问题类别，与此前同样长度的时段比较。</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>首次上报</translation>
    </message>
    <message>
        <source>Latest case</source>
        <translation>最近案卷</translation>
    </message>
    <message>
        <source>Place (lon, lat)</source>
        <translation>位置（经度, 纬度）</translation>
    </message>
    <message>
        <source>Places where the same problem was reported %1 times or more within %2 m and %3 days: %4 in the period (the %5 with most reports are listed). %6 cases were reworked or reopened after closing.</source>
        <translation>同类问题在 %2 米、%3 天内上报 %1 次及以上的地点，本期共 %4 处（下表列出上报最多的 %5 处）。另有 %6 件案卷返工或结案后重办。</translation>
    </message>
    <message>
        <source>Streets ranked by the composite score of the region evaluation (结案率, 按期结案率, 监督举报率, 立案数).</source>
        <translation>按区域综合评价得分（结案率、按期结案率、监督举报率、立案数）排名。</translation>
    </message>
    <message>
        <source>Reports received (受理数)</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Cases filed (立案数)</source>
        <translation>立案数</translation>
    </message>
    <message>
        <source>Due to close (应结案数)</source>
        <translation>应结案数</translation>
    </message>
    <message>
        <source>Closed (结案数)</source>
        <translation>结案数</translation>
    </message>
    <message>
        <source>Closing rate (结案率)</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>On-time closing rate (按期结案率)</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>On-time disposal rate (按期处置率)</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Overdue, still open (超期未结数)</source>
        <translation>超期未结数</translation>
    </message>
    <message>
        <source>Public satisfaction (群众满意率)</source>
        <translation>群众满意率</translation>
    </message>
    <message>
        <source>--polygon takes corners as “lon lat, lon lat, …”, not “%1”.</source>
        <translation>--polygon 的顶点格式为“经度 纬度, 经度 纬度, …”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Add a 专项整治 campaign and tag the cases that match it.</source>
        <translation>添加专项整治，并标记符合条件的案卷。</translation>
    </message>
    <message>
        <source>Name of the campaign.</source>
        <translation>专项名称。</translation>
    </message>
    <message>
        <source>Street codes (comma-separated).</source>
        <translation>街道代码（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Community codes.</source>
        <translation>社区代码。</translation>
    </message>
    <message>
        <source>Responsibility grid codes.</source>
        <translation>责任网格代码。</translation>
    </message>
    <message>
        <source>Unit grid codes.</source>
        <translation>单元网格代码。</translation>
    </message>
    <message>
        <source>A drawn area: “lon lat, lon lat, …”.</source>
        <translation>绘制的区域：“经度 纬度, 经度 纬度, …”。</translation>
    </message>
    <message>
        <source>Category keys (event:0102) or major classes (event:01); default all.</source>
        <translation>类别（如 event:0102）或大类（如 event:01）；默认全部。</translation>
    </message>
    <message>
        <source>Campaign “%1” added: %2 cases tagged.</source>
        <translation>已添加专项“%1”：标记了 %2 件案卷。</translation>
    </message>
    <message>
        <source>List the 专项整治 campaigns.</source>
        <translation>列出专项整治。</translation>
    </message>
    <message>
        <source>%1  %2 – %3</source>
        <translation>%1  %2 至 %3</translation>
    </message>
    <message>
        <source>What a 专项整治 campaign has reached: cases, closed, overdue, top places.</source>
        <translation>专项整治的进展：案卷数、结案数、超期数、高发地点。</translation>
    </message>
    <message>
        <source>Name or id of the campaign.</source>
        <translation>专项的名称或编号。</translation>
    </message>
    <message>
        <source>Give the campaign.</source>
        <translation>请指定专项。</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue</source>
        <translation>%1（%2 至 %3）：案卷 %4 件，立案 %5 件，结案 %6 件（%7），未结 %8 件，超期 %9 件</translation>
    </message>
    <message>
        <source>Usage: cityctl campaign add|list|report [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl campaign add|list|report [选项]（各子命令可用 --help）</translation>
    </message>
    <message>
        <source>回访: how the caller judged the result: satisfied (满意), basic (基本满意) or unsatisfied (不满意).</source>
        <translation>回访：来电人对处置结果的评价：satisfied（满意）、basic（基本满意）或 unsatisfied（不满意）。</translation>
    </message>
    <message>
        <source>A corner of the area (%1, %2) is not a longitude and latitude.</source>
        <translation>区域的顶点（%1, %2）不是有效的经纬度。</translation>
    </message>
    <message>
        <source>A drawn area needs at least 3 different corners (and at most 10,000).</source>
        <translation>绘制的区域至少需要 3 个不同的顶点（最多 10,000 个）。</translation>
    </message>
    <message>
        <source>A campaign needs a name of 1 to %1 characters.</source>
        <translation>专项名称须为 1 至 %1 个字符。</translation>
    </message>
    <message>
        <source>A campaign runs from a first to a last day, at most %1 days.</source>
        <translation>专项须有开始日期和结束日期，最长 %1 天。</translation>
    </message>
    <message>
        <source>A campaign lists at most %1 codes of each kind.</source>
        <translation>每类代码最多列出 %1 个。</translation>
    </message>
    <message>
        <source>There is no street, community or grid with code “%1”.</source>
        <translation>没有代码为“%1”的街道、社区或网格。</translation>
    </message>
    <message>
        <source>Say where the campaign runs: streets, communities, grids or a drawn area.</source>
        <translation>请指定专项范围：街道、社区、网格或绘制的区域。</translation>
    </message>
    <message>
        <source>Unknown category “%1” (a key such as event:0102, or a major class such as event:01).</source>
        <translation>未知类别“%1”（应为 event:0102 这样的类别或 event:01 这样的大类）。</translation>
    </message>
    <message>
        <source>There is a campaign “%1” already.</source>
        <translation>专项“%1”已存在。</translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation>没有专项“%1”。</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <extracomment>回访 result: 满意</extracomment>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <extracomment>回访 result: 基本满意</extracomment>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <extracomment>回访 result: 不满意</extracomment>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Case %1 came in through “%2”; only cases of the hotlines and WeChat are called back.</source>
        <translation>案卷 %1 来源为“%2”；只有热线和微信来源的案卷才进行回访。</translation>
    </message>
    <message>
        <source>Say how the caller judged the result: one of %1 (not “%2”).</source>
        <translation>请说明来电人对处置结果的评价：%1 之一（而不是“%2”）。</translation>
    </message>
    <message>
        <source>A call-back note may have at most %1 characters; this one has %2.</source>
        <translation>回访说明最多 %1 个字符；当前为 %2 个。</translation>
    </message>
    <message>
        <source>Case %1 has been called back since it was closed (%2).</source>
        <translation>案卷 %1 结案后已回访（%2）。</translation>
    </message>
    <message>
        <source>Case %1 is reopened only after the caller said “%2” at the call-back.</source>
        <translation>只有回访结果为“%2”时，案卷 %1 才能重办。</translation>
    </message>
    <message>
        <source>Case %1 has no department to dispose of it again.</source>
        <translation>案卷 %1 没有可重新处置的专业部门。</translation>
    </message>
    <message>
        <source>Call back</source>
        <comment>case action</comment>
        <extracomment>回访 (calling the reporter back after closing)</extracomment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>case action</comment>
        <extracomment>重办 (a new disposal round after an unsatisfied call-back)</extracomment>
        <translation>重办</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项整治</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>The campaigns running in the period, with their cases from the start to %1.</source>
        <translation>本期进行中的专项整治，案件统计自专项开始至 %1。</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-01-31 (or give --period).</source>
        <translation>--from 和 --to 需要形如 2026-01-31 的日期（或使用 --period）。</translation>
    </message>
    <message>
        <source>2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 or FROM..TO.</source>
        <translation>2017、2017-Q4、2017-12、2017-W05、2017-12-31 或 起..止。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Closing rate as published</source>
        <translation>已发布结案率</translation>
    </message>
    <message>
        <source>Print the figures and the evaluation (综合评价) of a period (whole days in the city&apos;s time zone), as of now and as published.</source>
        <translation>输出某一时段（按本市时区的整日）的统计数据和综合评价，截至目前的与已发布的并列。</translation>
    </message>
    <message>
        <source>city, street, community, grid, unit-grid, department, post, channel, kind or class.</source>
        <translation>city（全市）、street（街道）、community（社区）、grid（责任网格）、unit-grid（单元网格）、department（部门）、post（岗位）、channel（来源）、kind（类型）或 class（大类）。</translation>
    </message>
    <message>
        <source>Add 环比 (previous period) and 同比 (a year before).</source>
        <translation>增加环比（上一期）和同比（上年同期）。</translation>
    </message>
    <message>
        <source>--by is city, street, community, grid, unit-grid, department, post, channel, kind or class.</source>
        <translation>--by 取 city、street、community、grid、unit-grid、department、post、channel、kind 或 class。</translation>
    </message>
    <message>
        <source>Figures %1 – %2 by %3 (as of now)</source>
        <translation>统计数据 %1 – %2，按 %3（截至目前）</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>已于 %1 由 %2 发布</translation>
    </message>
    <message>
        <source>Publish (freeze) a period&apos;s figures, as a shift leader or an administrator.</source>
        <translation>以值班长或系统管理员身份发布（冻结）某一时段的统计数据。</translation>
    </message>
    <message>
        <source>Login of the publishing user.</source>
        <translation>发布人的登录名。</translation>
    </message>
    <message>
        <source>shift-leader or admin.</source>
        <translation>shift-leader（值班长）或 admin（系统管理员）。</translation>
    </message>
    <message>
        <source>--as LOGIN is required.</source>
        <translation>需要 --as 登录名。</translation>
    </message>
    <message>
        <source>Published the figures of %1 – %2.</source>
        <translation>已发布 %1 – %2 的统计数据。</translation>
    </message>
    <message>
        <source>Print the evaluation&apos;s rules (the setting kpi.rules over the defaults), or set them from a JSON file as an administrator.</source>
        <translation>输出综合评价规则（设置 kpi.rules 覆盖默认值），或由系统管理员从 JSON 文件设置。</translation>
    </message>
    <message>
        <source>JSON file with the rules to store.</source>
        <translation>要保存的规则 JSON 文件。</translation>
    </message>
    <message>
        <source>Login of the administrator.</source>
        <translation>系统管理员的登录名。</translation>
    </message>
    <message>
        <source>Cannot read %1 (at most 1 MiB).</source>
        <translation>无法读取 %1（最大 1 MiB）。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Whole city</source>
        <extracomment>the row of the whole city in the evaluation (全市)</extracomment>
        <translation>全市</translation>
    </message>
    <message>
        <source>The period is empty or ends before it starts.</source>
        <translation>时段为空，或结束早于开始。</translation>
    </message>
    <message>
        <source>No active user &quot;%1&quot;.</source>
        <translation>没有启用的用户“%1”。</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2.</source>
        <translation>%1 不具有岗位 %2。</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may publish evaluation figures.</source>
        <translation>只有值班长或系统管理员可以发布考评数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: use 2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 or 2017-01-01..2017-06-30.</source>
        <translation>“%1”不是有效时段：请使用 2017、2017-Q4、2017-12、2017-W05、2017-12-31 或 2017-01-01..2017-06-30。</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>时段的最后一天早于第一天。</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first, or it starts before 2000.</source>
        <translation>时段的最后一天早于第一天，或开始于 2000 年之前。</translation>
    </message>
    <message>
        <source>A published period is at most %1 days.</source>
        <translation>发布的时段最长 %1 天。</translation>
    </message>
    <message>
        <source>The period ends on %1: it can be published from the next day on.</source>
        <translation>该时段于 %1 结束：次日起方可发布。</translation>
    </message>
    <message>
        <source>The figures of %1 – %2 are already published; published figures stay as issued.</source>
        <translation>%1 – %2 的统计数据已发布；已发布的数据保持发布时的原样。</translation>
    </message>
    <message>
        <source>Only an administrator may change the evaluation rules.</source>
        <translation>只有系统管理员可以修改考评规则。</translation>
    </message>
    <message>
        <source>Reports registered in the period, less 不予受理 and 作废</source>
        <translation>本期登记的上报，不含不予受理和作废</translation>
    </message>
    <message>
        <source>Cases filed (立案) in the period, 自行处置 included, 作废 not</source>
        <translation>本期立案的案卷，含自行处置，不含作废</translation>
    </message>
    <message>
        <source>Of the period&apos;s valid reports, those filed or fixed on the spot ÷ 受理数</source>
        <translation>本期有效上报中已立案或自行处置的 ÷ 受理数</translation>
    </message>
    <message>
        <source>Cases first dispatched in the period</source>
        <translation>本期首次派遣的案卷</translation>
    </message>
    <message>
        <source>Of the dispatched, those dispatched once (no 回退, no 二次派遣) ÷ 派遣数</source>
        <translation>派遣案卷中一次派遣到位的（无回退、无二次派遣）÷ 派遣数</translation>
    </message>
    <message>
        <source>Dispatched cases whose disposal deadline falls in or before the period and that were not disposed before it, plus those disposed in it; not 挂账 or 作废</source>
        <translation>已派遣、处置时限在本期内或之前且本期前未处置的案卷，加上本期处置的案卷；不含挂账和作废</translation>
    </message>
    <message>
        <source>Cases whose result was reported in the period</source>
        <translation>本期反馈处置结果的案卷</translation>
    </message>
    <message>
        <source>处置数 ÷ 应处置数</source>
        <translation>处置数 ÷ 应处置数</translation>
    </message>
    <message>
        <source>Results reported in the period by the disposal deadline (延期 included) ÷ 应处置数</source>
        <translation>本期在处置时限（含延期）内反馈的 ÷ 应处置数</translation>
    </message>
    <message>
        <source>Bulletin method: cases filed before the period&apos;s end whose deadline falls in or before the period and that were not closed before it, plus those closed in it; never 挂账 or 作废. Filed-in-period method: the cases filed in the period</source>
        <translation>通报口径：期末前立案、时限在本期内或之前且本期前未结案的案卷，加上本期结案的案卷；不含挂账和作废。按期内立案口径：本期立案的案卷</translation>
    </message>
    <message>
        <source>Cases closed in the period, 自行处置 included (filed-in-period method: of those filed in it, closed by now)</source>
        <translation>本期结案的案卷，含自行处置（按期内立案口径：本期立案中截至目前已结案的）</translation>
    </message>
    <message>
        <source>结案数 ÷ 应结案数; &quot;—&quot; when nothing was due</source>
        <translation>结案数 ÷ 应结案数；无应结案时为“—”</translation>
    </message>
    <message>
        <source>Of the closed, those whose result came by the disposal deadline (自行处置: always)</source>
        <translation>结案案卷中在处置时限内反馈的（自行处置均计为按期）</translation>
    </message>
    <message>
        <source>按期结案数 ÷ 应结案数</source>
        <translation>按期结案数 ÷ 应结案数</translation>
    </message>
    <message>
        <source>Of the closed, those without 返工 and dispatched once ÷ 结案数</source>
        <translation>结案案卷中无返工且一次派遣的 ÷ 结案数</translation>
    </message>
    <message>
        <source>Of the closed, those with a 返工 ÷ 结案数</source>
        <translation>结案案卷中有返工的 ÷ 结案数</translation>
    </message>
    <message>
        <source>Of 应处置数, those with an approved 延期 ÷ 应处置数</source>
        <translation>应处置案卷中批准延期的 ÷ 应处置数</translation>
    </message>
    <message>
        <source>Cases filed before the period&apos;s end, not closed at its end, past their disposal deadline (not 挂账)</source>
        <translation>期末前立案、期末未结案且已超过处置时限的案卷（不含挂账）</translation>
    </message>
    <message>
        <source>Cases filed before the period&apos;s end that are parked (挂账) now</source>
        <translation>期末前立案、目前处于挂账的案卷</translation>
    </message>
    <message>
        <source>Working time from dispatch to the result, averaged over the results reported in the period</source>
        <translation>从派遣到反馈处置结果的工作时间，按本期反馈的结果平均</translation>
    </message>
    <message>
        <source>Of the filed, those reported by collectors ÷ 立案数</source>
        <translation>立案案卷中由监督员上报的 ÷ 立案数</translation>
    </message>
    <message>
        <source>Of the filed, those reported by the public (12319, 12345, WeChat) ÷ 立案数</source>
        <translation>立案案卷中由公众举报（12319、12345、微信）的 ÷ 立案数</translation>
    </message>
    <message>
        <source>满意 and 基本满意 ÷ 回访 answered</source>
        <translation>满意和基本满意 ÷ 回访应答数</translation>
    </message>
    <message>
        <source>The collector&apos;s reports that were filed or fixed on the spot ÷ its reports</source>
        <translation>监督员上报中已立案或自行处置的 ÷ 其上报数</translation>
    </message>
    <message>
        <source>核实 in time ÷ 核实</source>
        <translation>按时核实 ÷ 核实</translation>
    </message>
    <message>
        <source>核查 in time ÷ 核查</source>
        <translation>按时核查 ÷ 核查</translation>
    </message>
    <message>
        <source>受理 + 不予受理, scored by the count table</source>
        <translation>受理 + 不予受理，按数量分值表计分</translation>
    </message>
    <message>
        <source>发核实 in time ÷ 发核实</source>
        <translation>按时发核实 ÷ 发核实</translation>
    </message>
    <message>
        <source>发核查 in time ÷ 发核查</source>
        <translation>按时发核查 ÷ 发核查</translation>
    </message>
    <message>
        <source>立案 in time ÷ 立案</source>
        <translation>按时立案 ÷ 立案</translation>
    </message>
    <message>
        <source>(立案 − 作废 after 立案) ÷ 立案</source>
        <translation>（立案 − 立案后作废）÷ 立案</translation>
    </message>
    <message>
        <source>Closed in time ÷ due for closing</source>
        <translation>按时结案 ÷ 应结案</translation>
    </message>
    <message>
        <source>派遣 in time ÷ 派遣</source>
        <translation>按时派遣 ÷ 派遣</translation>
    </message>
    <message>
        <source>派遣 + 二次派遣, scored by the count table</source>
        <translation>派遣 + 二次派遣，按数量分值表计分</translation>
    </message>
    <message>
        <source>Due for disposal, not disposed and past the deadline at the period&apos;s end ÷ 应处置数</source>
        <translation>应处置案卷中期末未处置且已超时限的 ÷ 应处置数</translation>
    </message>
    <message>
        <source>结案数 ÷ 应结案数</source>
        <translation>结案数 ÷ 应结案数</translation>
    </message>
    <message>
        <source>立案数, scored by the count table</source>
        <translation>立案数，按数量分值表计分</translation>
    </message>
    <message>
        <source>The evaluation rules are invalid: %1</source>
        <extracomment>%1 says what is wrong in the evaluation rules (setting kpi.rules)</extracomment>
        <translation>考评规则无效：%1</translation>
    </message>
    <message>
        <source>unknown weight &quot;%1&quot;</source>
        <translation>未知的权重“%1”</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; must be a number from 0 to 1</source>
        <translation>权重“%1”须为 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>the weights of &quot;%1&quot; add up to %2, not 1</source>
        <translation>“%1”的权重之和为 %2，不等于 1</translation>
    </message>
    <message>
        <source>The evaluation rules are invalid: in &quot;%1&quot; a count score weighs more than the heaviest rate.</source>
        <translation>考评规则无效：“%1”中数量分值的权重超过了权重最大的比率指标。</translation>
    </message>
    <message>
        <source>&quot;grades&quot; lists the lowest scores of A, B, C, D and E</source>
        <translation>“grades”列出 A、B、C、D、E 各等级的最低分</translation>
    </message>
    <message>
        <source>&quot;grades&quot; must descend from at most 100 to 0</source>
        <translation>“grades”须从不超过 100 递减到 0</translation>
    </message>
    <message>
        <source>&quot;countScores&quot; lists [at least, points] pairs, highest count first</source>
        <translation>“countScores”列出 [至少数量, 分值] 对，数量从高到低</translation>
    </message>
    <message>
        <source>&quot;dueMethod&quot; is &quot;bulletin&quot; or &quot;filed-in-period&quot;</source>
        <translation>“dueMethod”取“bulletin”或“filed-in-period”</translation>
    </message>
    <message>
        <source>&quot;targetCloseRate&quot; is a percentage above 0</source>
        <translation>“targetCloseRate”为大于 0 的百分数</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>Reports accepted</source>
        <comment>published figure</comment>
        <extracomment>受理数</extracomment>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Filed</source>
        <comment>published figure</comment>
        <extracomment>立案数</extracomment>
        <translation>立案数</translation>
    </message>
    <message>
        <source>Filing rate</source>
        <comment>published figure</comment>
        <extracomment>立案率</extracomment>
        <translation>立案率</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>published figure</comment>
        <extracomment>派遣数</extracomment>
        <translation>派遣数</translation>
    </message>
    <message>
        <source>Accurate dispatch rate</source>
        <comment>published figure</comment>
        <extracomment>准确派遣率</extracomment>
        <translation>准确派遣率</translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <comment>published figure</comment>
        <extracomment>应处置数</extracomment>
        <translation>应处置数</translation>
    </message>
    <message>
        <source>Disposed</source>
        <comment>published figure</comment>
        <extracomment>处置数</extracomment>
        <translation>处置数</translation>
    </message>
    <message>
        <source>Disposal rate</source>
        <comment>published figure</comment>
        <extracomment>处置率</extracomment>
        <translation>处置率</translation>
    </message>
    <message>
        <source>On-time disposal rate</source>
        <comment>published figure</comment>
        <extracomment>按期处置率</extracomment>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Due for closing</source>
        <comment>published figure</comment>
        <extracomment>应结案数</extracomment>
        <translation>应结案数</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>published figure</comment>
        <extracomment>结案数</extracomment>
        <translation>结案数</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <comment>published figure</comment>
        <extracomment>结案率</extracomment>
        <translation>结案率</translation>
    </message>
    <message>
        <source>Closed in time</source>
        <comment>published figure</comment>
        <extracomment>按期结案数</extracomment>
        <translation>按期结案数</translation>
    </message>
    <message>
        <source>Closing-within-limit rate</source>
        <comment>published figure</comment>
        <extracomment>按期结案率</extracomment>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Right-first-time rate</source>
        <comment>published figure</comment>
        <extracomment>一次完成率</extracomment>
        <translation>一次完成率</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <comment>published figure</comment>
        <extracomment>返工率</extracomment>
        <translation>返工率</translation>
    </message>
    <message>
        <source>Postponement rate</source>
        <comment>published figure</comment>
        <extracomment>延期率</extracomment>
        <translation>延期率</translation>
    </message>
    <message>
        <source>Overdue, not closed</source>
        <comment>published figure</comment>
        <extracomment>超期未结数</extracomment>
        <translation>超期未结数</translation>
    </message>
    <message>
        <source>Parked (挂账)</source>
        <comment>published figure</comment>
        <extracomment>挂账数</extracomment>
        <translation>挂账数</translation>
    </message>
    <message>
        <source>Average disposal time (working hours)</source>
        <comment>published figure</comment>
        <extracomment>平均处置时长 (working hours)</extracomment>
        <translation>平均处置时长（工作时）</translation>
    </message>
    <message>
        <source>Collector report rate</source>
        <comment>published figure</comment>
        <extracomment>监督举报率</extracomment>
        <translation>监督举报率</translation>
    </message>
    <message>
        <source>Missed report rate</source>
        <comment>published figure</comment>
        <extracomment>漏报率</extracomment>
        <translation>漏报率</translation>
    </message>
    <message>
        <source>Public satisfaction rate</source>
        <comment>published figure</comment>
        <extracomment>群众满意率</extracomment>
        <translation>群众满意率</translation>
    </message>
    <message>
        <source>The key&apos;s name (the integration).</source>
        <translation>密钥名称（对接的系统）。</translation>
    </message>
    <message>
        <source>Add an API key for citygate; it is printed once. Requests with it act as the user LOGIN in the operator role (受理员).</source>
        <translation>为 citygate 添加 API 密钥，密钥只显示这一次。使用该密钥的请求以用户 LOGIN 的受理员身份办理。</translation>
    </message>
    <message>
        <source>The user the key acts as.</source>
        <translation>密钥代表的用户。</translation>
    </message>
    <message>
        <source>--name NAME and --as LOGIN are required.</source>
        <translation>必须给出 --name NAME 和 --as LOGIN。</translation>
    </message>
    <message>
        <source>List citygate&apos;s API keys (never the keys).</source>
        <translation>列出 citygate 的 API 密钥（不显示密钥本身）。</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoke a citygate API key by its name.</source>
        <translation>按名称吊销 citygate 的 API 密钥。</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>必须给出 --name NAME。</translation>
    </message>
    <message>
        <source>The request body may have at most %1 KiB.</source>
        <translation>请求正文最多 %1 KiB。</translation>
    </message>
    <message>
        <source>Cannot load the TLS certificate %1 with the key %2.</source>
        <translation>无法加载 TLS 证书 %1 及私钥 %2。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>无法在 %1:%2 上监听。</translation>
    </message>
    <message>
        <source>The local database (GeoPackage).</source>
        <translation>本地数据库（GeoPackage）。</translation>
    </message>
    <message>
        <source>Address and port to serve on (port 0: any free port, printed at start).</source>
        <translation>监听的地址和端口（端口 0：任选空闲端口，启动时输出）。</translation>
    </message>
    <message>
        <source>TLS certificate (PEM): serve HTTPS.</source>
        <translation>TLS 证书（PEM）：提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS 私钥（PEM）。</translation>
    </message>
    <message>
        <source>Language (zh_CN, en).</source>
        <translation>界面语言（zh_CN、en）。</translation>
    </message>
    <message>
        <source>--db FILE and --listen ADDR:PORT are required.</source>
        <translation>必须给出 --db FILE 和 --listen ADDR:PORT。</translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>--tls-cert 和 --tls-key 须同时给出或都不给。</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8311.</source>
        <translation>--listen 的格式为 地址:端口，例如 127.0.0.1:8311。</translation>
    </message>
    <message>
        <source>Give the key a name of 1 to %1 characters.</source>
        <translation>密钥名称须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a key named “%1”.</source>
        <translation>已有名为“%1”的密钥。</translation>
    </message>
    <message>
        <source>There is no active key named “%1”.</source>
        <translation>没有名为“%1”的有效密钥。</translation>
    </message>
    <message>
        <source>The api_key is missing or not valid.</source>
        <translation>缺少 api_key 或 api_key 无效。</translation>
    </message>
    <message>
        <source>Not a GeoReport v2 document: %1</source>
        <translation>不是 GeoReport v2 文档：%1</translation>
    </message>
    <message>
        <source>the top level is not an array</source>
        <translation>顶层不是数组</translation>
    </message>
    <message>
        <source>an element of the array is not an object</source>
        <translation>数组中有元素不是对象</translation>
    </message>
    <message>
        <source>field “%1” is nested</source>
        <translation>字段“%1”是嵌套结构</translation>
    </message>
    <message>
        <source>the root element is not &lt;%1&gt;</source>
        <translation>根元素不是 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &lt;%2&gt;, not &lt;%3&gt;</source>
        <translation>&lt;%1&gt; 中是 &lt;%2&gt;，而不是 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>no service_code</source>
        <translation>缺少 service_code</translation>
    </message>
    <message>
        <source>%1 takes an ISO 8601 time such as 2026-12-01T08:00:00+08:00.</source>
        <translation>%1 须为 ISO 8601 时间，例如 2026-12-01T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>status is open, closed or both (open,closed).</source>
        <translation>status 为 open、closed 或两者（open,closed）。</translation>
    </message>
    <message>
        <source>start_date must come before end_date, at most %1 days earlier.</source>
        <translation>start_date 须早于 end_date，且最多早 %1 天。</translation>
    </message>
    <message>
        <source>Ask for at most %1 requests at once.</source>
        <translation>一次最多查询 %1 条诉求。</translation>
    </message>
    <message>
        <source>There is no service “%1”.</source>
        <translation>没有服务“%1”。</translation>
    </message>
    <message>
        <source>Send the request as application/x-www-form-urlencoded.</source>
        <translation>请以 application/x-www-form-urlencoded 格式提交请求。</translation>
    </message>
    <message>
        <source>The field %1 is given more than once.</source>
        <translation>字段 %1 出现了不止一次。</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8.</source>
        <translation>字段 %1 不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The field %1 may have at most %2 characters.</source>
        <translation>字段 %1 最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Give lat and long in decimal degrees (WGS84/CGCS2000).</source>
        <translation>lat 和 long 须为十进制度数（WGS84/CGCS2000）。</translation>
    </message>
    <message>
        <source>A phone number has digits, +, -, ( ) only.</source>
        <translation>电话号码只能包含数字、+、-、( )。</translation>
    </message>
    <message>
        <source>The e-mail address has no @.</source>
        <translation>电子邮件地址中没有 @。</translation>
    </message>
    <message>
        <source>The point (%1, %2) lies outside the city&apos;s unit grids.</source>
        <translation>位置（%1, %2）不在本市任何单元网格内。</translation>
    </message>
    <message>
        <source>Received as case %1; the centre will handle it.</source>
        <translation>已受理，案卷号 %1，指挥中心将予处理。</translation>
    </message>
    <message>
        <source>There is no request “%1”.</source>
        <translation>没有诉求“%1”。</translation>
    </message>
    <message>
        <source>This path does not take %1.</source>
        <translation>该路径不接受 %1 请求。</translation>
    </message>
    <message>
        <source>There is no such path; /openapi.json lists them.</source>
        <translation>没有该路径；可用路径见 /openapi.json。</translation>
    </message>
    <message>
        <source>The field %1 holds control characters.</source>
        <translation>字段 %1 含有控制字符。</translation>
    </message>
    <message>
        <source>This api_key may not register reports now.</source>
        <translation>该 api_key 目前不能登记上报。</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>必须给出 service_code。</translation>
    </message>
    <message>
        <source>The service cannot answer now; try again later.</source>
        <translation>服务暂时无法处理，请稍后再试。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求正文须为 JSON 对象。</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>请求正文过大。</translation>
    </message>
    <message>
        <source>There is no such path.</source>
        <translation>没有该路径。</translation>
    </message>
    <message>
        <source>Give the login.</source>
        <translation>请填写账号。</translation>
    </message>
    <message>
        <source>Give the password.</source>
        <translation>请填写密码。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The bearer token is missing, expired or not valid; log in again.</source>
        <translation>缺少令牌，或令牌已过期、无效，请重新登录。</translation>
    </message>
    <message>
        <source>Photos must be JPEG or PNG.</source>
        <translation>照片须为 JPEG 或 PNG 格式。</translation>
    </message>
    <message>
        <source>At most %1 photos per request.</source>
        <translation>每次请求最多 %1 张照片。</translation>
    </message>
    <message>
        <source>A photo may have at most %1 MB, all photos together %2 MB.</source>
        <translation>每张照片最多 %1 MB，全部照片合计最多 %2 MB。</translation>
    </message>
    <message>
        <source>At most %1 parts per request.</source>
        <translation>每次请求最多 %1 个部分。</translation>
    </message>
    <message>
        <source>A field is given twice.</source>
        <translation>有字段出现了两次。</translation>
    </message>
    <message>
        <source>“at” must be an ISO 8601 time with its offset.</source>
        <translation>“at”须为带时区偏移的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>Give the GNSS point as lon and lat in degrees.</source>
        <translation>请以十进制度数的 lon 和 lat 给出定位坐标。</translation>
    </message>
    <message>
        <source>“action” must be verify-confirm, verify-reject, check-pass, check-fail or self-dispose.</source>
        <translation>“action”须为 verify-confirm、verify-reject、check-pass、check-fail 或 self-dispose。</translation>
    </message>
    <message>
        <source>Give the case&apos;s version as the task listed it.</source>
        <translation>请给出任务列表中该案卷的版本号。</translation>
    </message>
    <message>
        <source>This case is not in your grid.</source>
        <translation>该案卷不在您的责任网格内。</translation>
    </message>
    <message>
        <source>The case has changed since; reload the task.</source>
        <translation>案卷已被他人更改，请重新加载任务。</translation>
    </message>
    <message>
        <source>The Idempotency-Key must be 1 to %1 printable ASCII characters.</source>
        <translation>Idempotency-Key 须为 1 到 %1 个可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request.</source>
        <translation>该 Idempotency-Key 已用于另一请求。</translation>
    </message>
    <message>
        <source>The multipart/form-data body is not valid: %1.</source>
        <translation>multipart/form-data 正文无效：%1。</translation>
    </message>
    <message>
        <source>a part has no header</source>
        <translation>某部分没有头部</translation>
    </message>
    <message>
        <source>a part has no name</source>
        <translation>某部分没有名称</translation>
    </message>
    <message>
        <source>the Content-Type is not multipart/form-data</source>
        <translation>Content-Type 不是 multipart/form-data</translation>
    </message>
    <message>
        <source>no boundary</source>
        <translation>缺少分隔符</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>正文不完整</translation>
    </message>
    <message>
        <source>more than %1 parts</source>
        <translation>超过 %1 个部分</translation>
    </message>
    <message>
        <source>The request body cannot be read.</source>
        <translation>无法读取请求正文。</translation>
    </message>
    <message>
        <source>Login of the acting user.</source>
        <translation>操作用户的登录名。</translation>
    </message>
    <message>
        <source>The role to act in (shift-leader, admin, collector).</source>
        <translation>以哪个岗位操作（shift-leader、admin、collector）。</translation>
    </message>
    <message>
        <source>Give one %1.</source>
        <translation>请给出一个 %1。</translation>
    </message>
    <message>
        <source>Print a campaign&apos;s survey items, or set them (shift leader or administrator).</source>
        <translation>输出专项的普查项目，或设置之（值班长或系统管理员）。</translation>
    </message>
    <message>
        <source>The items to count, comma-separated (排水井,防汛墙).</source>
        <translation>要清点的项目，以逗号分隔（排水井,防汛墙）。</translation>
    </message>
    <message>
        <source>Give a collector the counting task of one unit grid of a survey campaign.</source>
        <translation>将普查专项中一个单元网格的普查任务分派给监督员。</translation>
    </message>
    <message>
        <source>Unit grid code.</source>
        <translation>单元网格编码。</translation>
    </message>
    <message>
        <source>Login of the collector.</source>
        <translation>监督员的登录名。</translation>
    </message>
    <message>
        <source>Task %1: grid %2 for %3.</source>
        <translation>任务 %1：网格 %2，由 %3 普查。</translation>
    </message>
    <message>
        <source>--count takes ITEM=CHECKED/PROBLEMS (排水井=120/3), not “%1”.</source>
        <translation>--count 的格式为 项目=排查数/问题数（排水井=120/3），而不是“%1”。</translation>
    </message>
    <message>
        <source>Submit the counts of a survey task, as the collector it is given to.</source>
        <translation>以任务所分派的监督员身份提交普查任务的清点结果。</translation>
    </message>
    <message>
        <source>The survey day (YYYY-MM-DD); default today.</source>
        <translation>普查日期（YYYY-MM-DD），默认今天。</translation>
    </message>
    <message>
        <source>ITEM=CHECKED/PROBLEMS, once per item.</source>
        <translation>项目=排查数/问题数，每个项目一次。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message numerus="yes">
        <source>Counts of %n item(s) stored.</source>
        <translation>
            <numerusform>已保存 %n 个项目的清点结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>List a survey campaign&apos;s counting tasks.</source>
        <translation>列出普查专项的普查任务。</translation>
    </message>
    <message>
        <source>Only this collector&apos;s tasks.</source>
        <translation>只列出该监督员的任务。</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 of %5 tasks complete</source>
        <translation>%1（%2 至 %3）：%5 项任务已完成 %4 项</translation>
    </message>
    <message>
        <source>  %1: %2 checked, %3 with problems</source>
        <translation>  %1：排查 %2 处，发现问题 %3 处</translation>
    </message>
    <message>
        <source>A survey campaign&apos;s results: the totals per item and each grid&apos;s counts.</source>
        <translation>普查专项的结果：各项目合计及各网格的清点数。</translation>
    </message>
    <message>
        <source>Usage: cityctl survey items|add-task|tasks|submit|report [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl survey items|add-task|tasks|submit|report [选项]（各子命令均可用 --help）</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define campaigns.</source>
        <translation>只有值班长或系统管理员可以设立专项。</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define survey items and give survey tasks.</source>
        <translation>只有值班长或系统管理员可以设置普查项目和分派普查任务。</translation>
    </message>
    <message>
        <source>Survey items need distinct names of 1 to %1 characters (“%2”).</source>
        <translation>普查项目的名称须各不相同，长度为 1 至 %1 个字符（“%2”）。</translation>
    </message>
    <message>
        <source>A survey counts 1 to %1 items.</source>
        <translation>一次普查清点 1 至 %1 个项目。</translation>
    </message>
    <message>
        <source>Collectors have submitted counts for “%1” already: its items stay as they are.</source>
        <translation>监督员已提交“%1”的清点结果，其普查项目不能再修改。</translation>
    </message>
    <message>
        <source>There is no unit grid “%1”.</source>
        <translation>没有单元网格“%1”。</translation>
    </message>
    <message>
        <source>Grid %1 is not in the area of “%2”.</source>
        <translation>网格 %1 不在“%2”的区域内。</translation>
    </message>
    <message>
        <source>“%1” counts no survey items: define them first.</source>
        <translation>“%1”没有普查项目，请先设置。</translation>
    </message>
    <message>
        <source>“%1” is not an active collector.</source>
        <translation>“%1”不是启用的监督员。</translation>
    </message>
    <message>
        <source>Grid %1 has a survey task of “%2” already.</source>
        <translation>网格 %1 已有“%2”的普查任务。</translation>
    </message>
    <message>
        <source>Give the counts of at least one item.</source>
        <translation>请至少填写一个项目的清点数。</translation>
    </message>
    <message>
        <source>%1: counts are whole numbers from 0 to %2, the problems found at most the number checked, each item once.</source>
        <translation>%1：清点数须为 0 至 %2 的整数，问题数不超过排查数，每个项目只填一次。</translation>
    </message>
    <message>
        <source>The survey day must lie within %1 – %2 and not after today.</source>
        <translation>普查日期须在 %1 至 %2 之间，且不晚于今天。</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Only the collector a survey task is given to submits its counts.</source>
        <translation>只有被分派该普查任务的监督员可以提交清点结果。</translation>
    </message>
    <message>
        <source>There is no survey task “%1”.</source>
        <translation>没有普查任务“%1”。</translation>
    </message>
    <message>
        <source>This survey task is given to another collector.</source>
        <translation>该普查任务已分派给其他监督员。</translation>
    </message>
    <message>
        <source>“%1” is not an item of “%2”.</source>
        <translation>“%1”不是“%2”的普查项目。</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>专项普查</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>普查</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>排查项</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>排查数</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Problem rate</source>
        <translation>问题率</translation>
    </message>
    <message>
        <source>No survey is counting in this period.</source>
        <translation>本期无专项普查。</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Surveys (专项普查)</source>
        <translation>专项普查</translation>
    </message>
    <message>
        <source>What the collectors checked and found per item and unit grid (the latest counts of each), and each item over all grids.</source>
        <translation>各排查项按单元网格列出监督员排查数与发现问题数（取各自最新计数），以及各排查项在全部网格的合计。</translation>
    </message>
    <message>
        <source>The drawn area&apos;s edges cross each other near %1: draw its outline without crossings.</source>
        <translation>所画范围的边线在 %1 附近相互交叉：请画出不交叉的轮廓。</translation>
    </message>
    <message>
        <source>The drawn area covers only %1 m²; a campaign area needs at least %2 m².</source>
        <translation>所画范围仅约 %1 平方米；专项范围至少需要 %2 平方米。</translation>
    </message>
    <message>
        <source>The drawn area lies outside the city: it covers none of its unit grids.</source>
        <translation>所画范围在城市之外：未覆盖任何单元网格。</translation>
    </message>
    <message>
        <source>The counts of “%1” were not stored.</source>
        <translation>“%1”的计数未能保存。</translation>
    </message>
    <message>
        <source>Revoke every field API token of a user (a lost phone): the phone must log in again.</source>
        <translation>吊销某用户的全部外勤 API 令牌（手机丢失时）：手机须重新登录。</translation>
    </message>
    <message>
        <source>The user whose tokens go.</source>
        <translation>要吊销其令牌的用户。</translation>
    </message>
    <message>
        <source>--login LOGIN is required.</source>
        <translation>必须给出 --login LOGIN。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) revoked.</source>
        <translation>
            <numerusform>已吊销 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>citygate&apos;s audit log of writes, newest first: time, login, credential, address, method, path, status, what.</source>
        <translation>citygate 的写操作审计日志，最新的在前：时间、登录名、凭据、地址、方法、路径、状态、内容。</translation>
    </message>
    <message>
        <source>Only entries from this time on (ISO 8601).</source>
        <translation>只列出此时间（ISO 8601）以后的记录。</translation>
    </message>
    <message>
        <source>At most N entries (default 100, at most 10000).</source>
        <translation>最多 N 条（默认 100，最多 10000）。</translation>
    </message>
    <message>
        <source>Only this user&apos;s entries.</source>
        <translation>只列出该用户的记录。</translation>
    </message>
    <message>
        <source>--since takes an ISO 8601 time, --limit 1 to 10000.</source>
        <translation>--since 取 ISO 8601 时间，--limit 取 1 到 10000。</translation>
    </message>
    <message>
        <source>Usage: cityctl api key add|list|revoke, cityctl api token revoke, cityctl api audit [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl api key add|list|revoke、cityctl api token revoke、cityctl api audit [选项]（各命令均有 --help）</translation>
    </message>
    <message>
        <source>Requests a minute per API key, token or address (0: none; default 600).</source>
        <translation>每个 API 密钥、令牌或地址每分钟的请求数（0：不限；默认 600）。</translation>
    </message>
    <message>
        <source>Wrong passwords that lock a field login (default 10).</source>
        <translation>锁定外勤登录的密码错误次数（默认 10）。</translation>
    </message>
    <message>
        <source>How long they count and lock, in minutes (default 15).</source>
        <translation>计数与锁定的时长，单位分钟（默认 15）。</translation>
    </message>
    <message>
        <source>--rate-limit takes 0 to 1000000, --lockout-failures 1 to 1000, --lockout-minutes 1 to 1440.</source>
        <translation>--rate-limit 取 0 到 1000000，--lockout-failures 取 1 到 1000，--lockout-minutes 取 1 到 1440。</translation>
    </message>
    <message>
        <source>Each position is an object.</source>
        <translation>每个位置须是一个对象。</translation>
    </message>
    <message>
        <source>A collector sends their own positions only.</source>
        <translation>监督员只能上报自己的位置。</translation>
    </message>
    <message>
        <source>lon and lat are numbers in decimal degrees.</source>
        <translation>lon 和 lat 须是十进制度数。</translation>
    </message>
    <message>
        <source>at must be an ISO 8601 time with its offset.</source>
        <translation>at 须是带时区偏移的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>A position may be at most %1 hours old and %2 seconds ahead of the centre&apos;s clock.</source>
        <translation>位置时间最早为 %1 小时前，最多比中心时钟超前 %2 秒。</translation>
    </message>
    <message>
        <source>accuracy_m is a number of metres from 0 to %1.</source>
        <translation>accuracy_m 须是 0 到 %1 之间的米数。</translation>
    </message>
    <message>
        <source>positions is a list of 1 to %1 fixes.</source>
        <translation>positions 须是含 1 到 %1 个定位点的列表。</translation>
    </message>
    <message>
        <source>surveyed_on is a date (YYYY-MM-DD).</source>
        <translation>surveyed_on 须是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>note is text.</source>
        <translation>note 须是文本。</translation>
    </message>
    <message>
        <source>counts is a list of 1 to %1 items.</source>
        <translation>counts 须是含 1 到 %1 项的列表。</translation>
    </message>
    <message>
        <source>Each count is {item: text, checked: whole number, problems: whole number}.</source>
        <translation>每项计数为 {item: 文本, checked: 整数, problems: 整数}。</translation>
    </message>
    <message>
        <source>The field %1 must be a string or a number.</source>
        <translation>字段 %1 须是字符串或数字。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this login is locked for %1 minutes.</source>
        <translation>密码错误次数过多：该登录名已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>Too many requests: at most %1 a minute; try again in %2 s.</source>
        <translation>请求过多：每分钟最多 %1 次；请 %2 秒后重试。</translation>
    </message>
    <message>
        <source>callback_url must be an http or https URL of at most %1 characters.</source>
        <translation>callback_url 须是不超过 %1 个字符的 http 或 https 地址。</translation>
    </message>
    <message>
        <source>category must be a key of the category dictionary (/open311/v2/services.json), e.g. event:0102.</source>
        <translation>category 须是分类字典中的键（见 /open311/v2/services.json），如 event:0102。</translation>
    </message>
    <message>
        <source>Give the point as lon and lat in decimal degrees.</source>
        <translation>请以十进制度数给出位置的 lon 和 lat。</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>必须填写 description。</translation>
    </message>
    <message>
        <source>%1 must be a phone number (digits, +, -, ( ), at most 32).</source>
        <translation>%1 须是电话号码（数字、+、-、( )，最多 32 个字符）。</translation>
    </message>
    <message>
        <source>This key may not register reports now.</source>
        <translation>此密钥目前不能登记上报。</translation>
    </message>
    <message>
        <source>Send the 工单 as application/json.</source>
        <translation>请以 application/json 发送工单。</translation>
    </message>
    <message>
        <source>order_id must be 1 to %1 printable ASCII characters without a slash.</source>
        <translation>order_id 须是 1 到 %1 个可打印 ASCII 字符，且不含斜杠。</translation>
    </message>
    <message>
        <source>level must be normal or urgent.</source>
        <translation>level 须是 normal 或 urgent。</translation>
    </message>
    <message>
        <source>This platform has pushed no 工单 with this id.</source>
        <translation>本平台没有推送过此编号的工单。</translation>
    </message>
    <message>
        <source>There is no report with this ticket.</source>
        <translation>没有此回执号的上报。</translation>
    </message>
    <message>
        <source>There is no such token.</source>
        <translation>没有此令牌。</translation>
    </message>
    <message>
        <source>There is no such photo.</source>
        <translation>没有此照片。</translation>
    </message>
    <message>
        <source>What the key may use, comma-separated: open311, hotline (12345 工单), citizen (WeChat reports); default all.</source>
        <translation>密钥可用的范围，以逗号分隔：open311、hotline（12345 工单）、citizen（微信上报）；默认全部。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>A scope is one of %1; “%2” is not.</source>
        <translation>范围须是 %1 之一；“%2”不是。</translation>
    </message>
    <message>
        <source>This key may not use %1.</source>
        <translation>此密钥不能用于 %1。</translation>
    </message>
    <message>
        <source>This api_key may not use open311.</source>
        <translation>此 api_key 不能用于 open311。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device).</source>
        <translation>%1 不是普通文件（是文件夹、管道或设备）。</translation>
    </message>
    <message>
        <source>%1 has %2 KB: a calendar file has at most 1 MB.</source>
        <translation>%1 有 %2 KB：日历文件最多 1 MB。</translation>
    </message>
    <message>
        <source>The calendar has no holidays for %1: deadlines reaching into %1 are computed without them and flagged. Import the State Council&apos;s notice with `cityctl calendar import FILE --as ADMIN`.</source>
        <translation>日历尚无 %1 年的节假日：跨入 %1 年的期限暂不计节假日并已标注。请用 `cityctl calendar import FILE --as ADMIN` 导入国务院办公厅的通知。</translation>
    </message>
    <message>
        <source>The years of holidays the work calendar knows.</source>
        <translation>工作日历已有节假日安排的年份。</translation>
    </message>
    <message>
        <source>Time zone %1, %2 working minutes a day.</source>
        <translation>时区 %1，每个工作日 %2 分钟。</translation>
    </message>
    <message>
        <source>  %1: %2 holidays, %3 make-up workdays%4</source>
        <translation>  %1 年：放假 %2 天，调休上班 %3 天%4</translation>
    </message>
    <message>
        <source> (not vouched for)</source>
        <translation>（未经确认）</translation>
    </message>
    <message>
        <source>Add a year (or years) of holidays and make-up workdays to the work calendar.</source>
        <translation>向工作日历添加一年（或多年）的放假和调休上班安排。</translation>
    </message>
    <message>
        <source>{&quot;year&quot;: 2027, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</source>
        <translation>{&quot;year&quot;: 2027, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</translation>
    </message>
    <message>
        <source>Replace a year the calendar already holds.</source>
        <translation>替换日历中已有的年份。</translation>
    </message>
    <message>
        <source>Name one calendar file.</source>
        <translation>请指定一个日历文件。</translation>
    </message>
    <message>
        <source>--as LOGIN (an administrator) is required.</source>
        <translation>必须用 --as LOGIN 指定（管理员）。</translation>
    </message>
    <message>
        <source>Imported %1: %2 holidays, %3 make-up workdays.</source>
        <translation>已导入 %1 年：放假 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <source>New deadlines use it at once; deadlines already set stay as they are. Other workstations receive it through the hub and use it from their next start.</source>
        <translation>新的期限立即按此计算，已定的期限不变。其他工作站经中心库收到后，于下次启动时使用。</translation>
    </message>
    <message>
        <source>Exit 1 when the calendar lacks this year&apos;s holidays, or from 1 November next year&apos;s.</source>
        <translation>日历缺少本年节假日（或自 11 月 1 日起缺少下一年的）时以 1 退出。</translation>
    </message>
    <message>
        <source>The calendar holds the holidays it needs.</source>
        <translation>日历已有所需的节假日安排。</translation>
    </message>
    <message>
        <source>Usage: cityctl calendar show|import|check [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl calendar show|import|check [选项]（各子命令可用 --help）</translation>
    </message>
    <message>
        <source>The calendar file is not a JSON object (%1).</source>
        <translation>日历文件不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>它是数组或单个值</translation>
    </message>
    <message>
        <source>&quot;years&quot; must be an object keyed by year.</source>
        <translation>&quot;years&quot; 必须是以年份为键的对象。</translation>
    </message>
    <message>
        <source>Say which year the file holds: &quot;year&quot;: 2027, or &quot;years&quot;: {&quot;2027&quot;: …}.</source>
        <translation>请写明文件所含年份：&quot;year&quot;: 2027，或 &quot;years&quot;: {&quot;2027&quot;: …}。</translation>
    </message>
    <message>
        <source>%1 is not a year this calendar can hold (2000–2100).</source>
        <translation>%1 不在日历可容纳的年份范围内（2000–2100）。</translation>
    </message>
    <message>
        <source>The file lists no holidays for %1: every year has some, so the file is surely incomplete.</source>
        <translation>文件未列出 %1 年的任何假日：每年都有假日，文件显然不完整。</translation>
    </message>
    <message>
        <source>%1 is a make-up workday but falls on a %2, which is worked anyway.</source>
        <translation>%1 被列为调休上班日，但它是%2，本来就上班。</translation>
    </message>
    <message>
        <source>The calendar file holds no year.</source>
        <translation>日历文件中没有任何年份。</translation>
    </message>
    <message>
        <source>The calendar already holds %1; replace it only on purpose (--replace).</source>
        <translation>日历中已有 %1 年；如确需替换，请加 --replace。</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>规则名称。</translation>
    </message>
    <message>
        <source>Add a notification rule.</source>
        <translation>添加一条通知规则。</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>时机：%1。</translation>
    </message>
    <message>
        <source>Who: department[:CODE], unit-head[:CODE], role:ROLE or person:LOGIN (no CODE: the case&apos;s department).</source>
        <translation>对象：department[:部门编码]、unit-head[:部门编码]、role:岗位 或 person:登录名（不写编码：案件所在部门）。</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>渠道：%1。</translation>
    </message>
    <message>
        <source>The text, with fields: %1.</source>
        <translation>通知内容，可用字段：%1。</translation>
    </message>
    <message>
        <source>Send in quiet hours too.</source>
        <translation>免打扰时段也发送。</translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation>添加为停用状态。</translation>
    </message>
    <message>
        <source>--name, --on, --to, --channel and --template are required.</source>
        <translation>必须给出 --name、--on、--to、--channel 和 --template。</translation>
    </message>
    <message>
        <source>Rule “%1” added.</source>
        <translation>已添加规则“%1”。</translation>
    </message>
    <message>
        <source>List the notification rules.</source>
        <translation>列出通知规则。</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove a notification rule by its name.</source>
        <translation>按名称删除一条通知规则。</translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <translation>已删除规则“%1”。</translation>
    </message>
    <message>
        <source>Add the default rules that are not there yet.</source>
        <translation>添加尚未存在的默认规则。</translation>
    </message>
    <message>
        <source>%1 default rules added.</source>
        <translation>已添加 %1 条默认规则。</translation>
    </message>
    <message>
        <source>Usage: cityctl notify rule add|list|remove|defaults [OPTIONS]</source>
        <translation>用法：cityctl notify rule add|list|remove|defaults [选项]</translation>
    </message>
    <message>
        <source>Set a channel&apos;s configuration (JSON read from standard input, so that secrets stay off the command line) or show them all, secrets masked.</source>
        <translation>设置渠道配置（从标准输入读取 JSON，密钥不出现在命令行上），或显示全部配置（密钥已遮蔽）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要做什么。</translation>
    </message>
    <message>
        <source>The channel (set).</source>
        <translation>渠道（set 时）。</translation>
    </message>
    <message>
        <source>Say set CHANNEL or show.</source>
        <translation>请写 set 渠道 或 show。</translation>
    </message>
    <message>
        <source>Standard input is not a JSON object: %1.</source>
        <translation>标准输入不是 JSON 对象：%1。</translation>
    </message>
    <message>
        <source>Channel %1 set.</source>
        <translation>已设置渠道 %1。</translation>
    </message>
    <message>
        <source>Set a 12345 platform&apos;s callback signing secret (read from standard input; it is stored, never printed) or list the platforms.</source>
        <translation>设置 12345 平台回调签名密钥（从标准输入读取；只保存，从不显示），或列出平台。</translation>
    </message>
    <message>
        <source>The platform (set).</source>
        <translation>平台（set 时）。</translation>
    </message>
    <message>
        <source>Say set PLATFORM or list.</source>
        <translation>请写 set 平台 或 list。</translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation>%1 的密钥：</translation>
    </message>
    <message>
        <source>Secret of platform %1 set.</source>
        <translation>已设置平台 %1 的密钥。</translation>
    </message>
    <message>
        <source>Set how notifications reach a user.</source>
        <translation>设置用户的通知方式。</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>用户。</translation>
    </message>
    <message>
        <source>Mobile number (SMS).</source>
        <translation>手机号（短信）。</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>电子邮件地址。</translation>
    </message>
    <message>
        <source>WeChat open id.</source>
        <translation>微信 OpenID。</translation>
    </message>
    <message>
        <source>Whether the user is the unit head (单位正职): yes or no.</source>
        <translation>是否为单位正职：yes 或 no。</translation>
    </message>
    <message>
        <source>--unit-head takes yes or no.</source>
        <translation>--unit-head 只能是 yes 或 no。</translation>
    </message>
    <message>
        <source>Contact of %1 set.</source>
        <translation>已设置 %1 的联系方式。</translation>
    </message>
    <message>
        <source>Show or set the quiet hours (city time) in which non-urgent messages wait.</source>
        <translation>显示或设置免打扰时段（本市时间），其间非紧急消息暂缓发送。</translation>
    </message>
    <message>
        <source>The new hours.</source>
        <translation>新的时段。</translation>
    </message>
    <message>
        <source>Usage: cityctl notify rule|channel|platform|contact|quiet-hours|scan|send|log [OPTIONS]</source>
        <translation>用法：cityctl notify rule|channel|platform|contact|quiet-hours|scan|send|log [选项]</translation>
    </message>
    <message>
        <source>sent %1, to retry %2, failed %3, deferred by quiet hours %4</source>
        <translation>已发送 %1，待重试 %2，失败 %3，因免打扰暂缓 %4</translation>
    </message>
    <message>
        <source>Queue the messages of the 80 % and overdue rules that are due now.</source>
        <translation>将此刻到期的时限八成和超期规则消息排入发件箱。</translation>
    </message>
    <message>
        <source>%1 messages queued.</source>
        <translation>已排队 %1 条消息。</translation>
    </message>
    <message>
        <source>Send the queued notifications. With --loop it keeps going (scanning deadlines and sending every --interval seconds) until SIGTERM; killed at any point, the next run sends what is left, under the same message ids.</source>
        <translation>发送排队中的通知。加 --loop 则持续运行（每 --interval 秒扫描时限并发送），直到收到 SIGTERM；任何时刻被终止，下次运行会以相同的消息 ID 发送剩余消息。</translation>
    </message>
    <message>
        <source>Keep sending until stopped.</source>
        <translation>持续发送直到停止。</translation>
    </message>
    <message>
        <source>Seconds between rounds with --loop.</source>
        <translation>--loop 时每轮间隔秒数。</translation>
    </message>
    <message>
        <source>Messages per batch (their marks commit together).</source>
        <translation>每批消息数（其状态一并提交）。</translation>
    </message>
    <message>
        <source>Seconds before the first retry (then doubled).</source>
        <translation>首次重试前的秒数（之后逐次加倍）。</translation>
    </message>
    <message>
        <source>--batch, --backoff and --interval take positive numbers.</source>
        <translation>--batch、--backoff 和 --interval 须为正数。</translation>
    </message>
    <message>
        <source>Show the delivery log, newest first.</source>
        <translation>显示投递日志，最新的在前。</translation>
    </message>
    <message>
        <source>One case (number or id).</source>
        <translation>单个案件（编号或 ID）。</translation>
    </message>
    <message>
        <source>Only queued, sent, failed or undeliverable.</source>
        <translation>仅显示 queued、sent、failed 或 undeliverable。</translation>
    </message>
    <message>
        <source>At most N messages.</source>
        <translation>最多 N 条消息。</translation>
    </message>
    <message>
        <source>The document “%1” is not a PDF (%2).</source>
        <translation>文档“%1”不是 PDF（%2）。</translation>
    </message>
    <message>
        <source>Notified %1 (%2) %3 ✓</source>
        <extracomment>the case timeline: 已通知 县住建局 张三（短信）14:03 ✓</extracomment>
        <translation>已通知 %1（%2）%3 ✓</translation>
    </message>
    <message>
        <source>Notifying %1 (%2) %3 …</source>
        <extracomment>the case timeline: 待通知 县住建局 张三（短信）14:03 … (attempts so far)</extracomment>
        <translation>待通知 %1（%2）%3 …</translation>
    </message>
    <message>
        <source>Notifying %1 (%2) %3 … retry %4: %5</source>
        <translation>待通知 %1（%2）%3 … 第 %4 次重试：%5</translation>
    </message>
    <message>
        <source>Not notified %1 (%2) %3 ✗ %4</source>
        <extracomment>the case timeline: 通知失败 县住建局 张三（短信）14:03 ✗ 原因</extracomment>
        <translation>通知失败 %1（%2）%3 ✗ %4</translation>
    </message>
    <message>
        <source>Channel %1 needs &quot;url&quot;: an %2 URL.</source>
        <translation>渠道 %1 需要 &quot;url&quot;：%2 地址。</translation>
    </message>
    <message>
        <source>Channel email needs &quot;from&quot;: the sender&apos;s address.</source>
        <translation>邮件渠道需要 &quot;from&quot;：发件人地址。</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be POST, PUT or GET.</source>
        <translation>&quot;method&quot; 须为 POST、PUT 或 GET。</translation>
    </message>
    <message>
        <source>&quot;starttls&quot; must be none, try or required.</source>
        <translation>&quot;starttls&quot; 须为 none、try 或 required。</translation>
    </message>
    <message>
        <source>Quiet hours are written HH:MM-HH:MM (e.g. 22:00-07:00) or off; got “%1”.</source>
        <translation>免打扰时段写作 HH:MM-HH:MM（如 22:00-07:00）或 off；收到的是“%1”。</translation>
    </message>
    <message>
        <source>Name the platform (1–64 characters).</source>
        <translation>请给出平台名称（1–64 个字符）。</translation>
    </message>
    <message>
        <source>A platform secret has 16–1,024 bytes on one line.</source>
        <translation>平台密钥须为单行 16–1,024 字节。</translation>
    </message>
    <message>
        <source>12345 callback</source>
        <extracomment>the 12345 platform&apos;s callback URL</extracomment>
        <translation>12345 回调</translation>
    </message>
    <message>
        <source>Unknown recipient “%1”; use department[:CODE], unit-head[:CODE], role:ROLE or person:LOGIN.</source>
        <translation>未知的通知对象“%1”；请用 department[:部门编码]、unit-head[:部门编码]、role:岗位 或 person:登录名。</translation>
    </message>
    <message>
        <source>A rule needs a name of 1–64 characters.</source>
        <translation>规则名称须为 1–64 个字符。</translation>
    </message>
    <message>
        <source>Say when the rule fires: one of %1.</source>
        <translation>请说明规则的触发时机：%1 之一。</translation>
    </message>
    <message>
        <source>A template needs 1–500 characters.</source>
        <translation>模板须为 1–500 个字符。</translation>
    </message>
    <message>
        <source>The template uses {%1}; known fields: %2.</source>
        <translation>模板使用了 {%1}；可用字段：%2。</translation>
    </message>
    <message>
        <source>Say who gets the message.</source>
        <translation>请说明通知对象。</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>没有 %1“%2”。</translation>
    </message>
    <message>
        <source>There is a rule named “%1” already.</source>
        <translation>已有名为“%1”的规则。</translation>
    </message>
    <message>
        <source>There is no rule “%1”.</source>
        <translation>没有规则“%1”。</translation>
    </message>
    <message>
        <source>Another sender is working this outbox; try again later.</source>
        <translation>另一个发送程序正在处理此发件箱，请稍后再试。</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>80% of the deadline</source>
        <translation>时限过八成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>return request</source>
        <translation>申请回退</translation>
    </message>
    <message>
        <source>close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WeCom group</source>
        <translation>企业微信群</translation>
    </message>
    <message>
        <source>DingTalk group</source>
        <translation>钉钉群</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>%1: %2 holidays, %3 make-up workdays</source>
        <translation>%1 年：放假 %2 天，调休上班 %3 天</translation>
    </message>
    <message>
        <source>The work calendar has no holidays for %1 yet: deadlines reaching into %1 are computed without them and flagged.</source>
        <translation>工作日历尚无 %1 年的节假日安排：跨入 %1 年的期限暂不计节假日，并已标注。</translation>
    </message>
    <message>
        <source>Import the year…</source>
        <translation>导入该年安排…</translation>
    </message>
    <message>
        <source>Import a year of holidays</source>
        <translation>导入一年的节假日安排</translation>
    </message>
    <message>
        <source>Calendar (*.json)</source>
        <translation>日历文件 (*.json)</translation>
    </message>
    <message>
        <source>Imported %1. It goes to the hub and every workstation; deadlines use it from the next start of CityCommand.</source>
        <translation>已导入 %1。将同步到中心库和各工作站；重新启动 CityCommand 后按新日历计算期限。</translation>
    </message>
    <message>
        <source>%1 has %2 MB: a configuration file has at most 8 MB.</source>
        <translation>%1 有 %2 MB：规则文件最大 8 MB。</translation>
    </message>
    <message>
        <source>The configuration file (JSON).</source>
        <translation>规则文件（JSON）。</translation>
    </message>
    <message>
        <source>Name one configuration file.</source>
        <translation>请指定一个规则文件。</translation>
    </message>
    <message>
        <source>Write the rules in force (dictionary, standards, limits, routing) to FILE.</source>
        <translation>将现行规则（字典、立结案标准、时限、派遣）写入 FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote configuration version %1 to %2.</source>
        <translation>已将第 %1 版规则写入 %2。</translation>
    </message>
    <message>
        <source>Wrote the national defaults with this database&apos;s routing to %1 (no version imported yet).</source>
        <translation>已将国家标准默认规则及本数据库的派遣关系写入 %1（尚未导入任何版本）。</translation>
    </message>
    <message>
        <source>Check FILE as an import would and list what it changes; writes nothing.</source>
        <translation>按导入的规则检查 FILE 并列出改动；不写入任何内容。</translation>
    </message>
    <message>
        <source>%1 changes against version %2.</source>
        <translation>相对第 %2 版共 %1 处改动。</translation>
    </message>
    <message>
        <source>Check FILE and make it the next configuration version, in force from now.</source>
        <translation>检查 FILE 并将其作为下一版规则，即时生效。</translation>
    </message>
    <message>
        <source>Why (kept with the version).</source>
        <translation>原因（随版本保存）。</translation>
    </message>
    <message>
        <source>Configuration version %1 is in force: %2 categories, %3 routes. Cases reported before keep their limits; other workstations receive it through the hub.</source>
        <translation>第 %1 版规则已生效：%2 个小类，%3 条派遣规则。此前上报的案卷沿用原时限；其他工作站经中心服务器接收。</translation>
    </message>
    <message>
        <source>Usage: cityctl config export|import|diff FILE [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl config export|import|diff FILE [选项]（各子命令可用 --help）</translation>
    </message>
    <message>
        <source>Configuration version %1 in the database cannot be read: %2</source>
        <translation>数据库中的第 %1 版规则无法读取：%2</translation>
    </message>
    <message>
        <source>Configuration: the default department &quot;%1&quot; does not exist.</source>
        <translation>规则：默认部门“%1”不存在。</translation>
    </message>
    <message>
        <source>Configuration: routes[%1] sends %2 to the department &quot;%3&quot;, which does not exist.</source>
        <translation>规则：routes[%1] 将 %2 派往部门“%3”，该部门不存在。</translation>
    </message>
    <message>
        <source>Configuration: routes[%1] names the area &quot;%2&quot;, which is no responsibility grid.</source>
        <translation>规则：routes[%1] 的区域“%2”不是责任网格。</translation>
    </message>
    <message>
        <source>Configuration: cases use the categories %1, which the file removes; keep them (cases keep the rules they were filed under).</source>
        <translation>规则：案卷仍在使用小类 %1，文件却删除了它们；请保留（案卷沿用立案时的规则）。</translation>
    </message>
    <message>
        <source>Configuration version %1 stored in the database cannot be read: %2</source>
        <translation>数据库中保存的第 %1 版规则无法读取：%2</translation>
    </message>
    <message>
        <source>Configuration: %1 %2 has the limit %3, longer than a year; check the unit (wh, wd, h, m).</source>
        <translation>规则：%1 %2 的时限 %3 超过一年；请检查单位（wh、wd、h、m）。</translation>
    </message>
    <message>
        <source>Configuration: %1: %2</source>
        <translation>规则：%1：%2</translation>
    </message>
    <message>
        <source>Configuration: %1 is %2, longer than a year; check the unit.</source>
        <translation>规则：%1 为 %2，超过一年；请检查单位。</translation>
    </message>
    <message>
        <source>Configuration: &quot;stageLimits&quot; must be an object of stages.</source>
        <translation>规则：“stageLimits”必须是各环节组成的对象。</translation>
    </message>
    <message>
        <source>Configuration: unknown stage &quot;%1&quot; in &quot;stageLimits&quot;; the stages are %2.</source>
        <translation>规则：“stageLimits”中有未知环节“%1”；环节为 %2。</translation>
    </message>
    <message>
        <source>Configuration: %1 names the category &quot;%2&quot;, which the dictionary does not have.</source>
        <translation>规则：%1 指向小类“%2”，字典中没有该小类。</translation>
    </message>
    <message>
        <source>Configuration: %1 names no department.</source>
        <translation>规则：%1 未指定部门。</translation>
    </message>
    <message>
        <source>Configuration: routes[%1] has the priority %2; a priority is a whole number from 0 to %3.</source>
        <translation>规则：routes[%1] 的优先级为 %2；优先级应为 0 到 %3 的整数。</translation>
    </message>
    <message>
        <source>Configuration: &quot;routing&quot; must be an object with a list &quot;routes&quot; and an optional &quot;default&quot; department.</source>
        <translation>规则：“routing”必须是对象，含列表“routes”和可选的默认部门“default”。</translation>
    </message>
    <message>
        <source>Configuration: %1 overlaps routes[%2]: the same category, area and priority cannot send a case to two places.</source>
        <translation>规则：%1 与 routes[%2] 重叠：同一小类、区域和优先级不能把案卷派往两处。</translation>
    </message>
    <message>
        <source>Configuration: categories[%1] has the default level &quot;%2&quot;; use &quot;urgent&quot; or &quot;normal&quot;.</source>
        <translation>规则：categories[%1] 的默认等级为“%2”；请用“urgent”或“normal”。</translation>
    </message>
    <message>
        <source>The configuration file is not a JSON object.</source>
        <translation>规则文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The file&apos;s format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>文件格式为“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <source>Configuration: the dictionary has no category.</source>
        <translation>规则：字典中没有任何小类。</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default: today).</source>
        <translation>日期（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>The shift&apos;s code (see `cityctl duty shifts`).</source>
        <translation>班次代码（见 `cityctl duty shifts`）。</translation>
    </message>
    <message>
        <source>  nobody on the roster</source>
        <translation>  未排班</translation>
    </message>
    <message>
        <source>The shift on duty now, who is on it, and the handover that ended the last one.</source>
        <translation>当前班次、值班人员，以及上一班的交接班记录。</translation>
    </message>
    <message>
        <source>Handed over by %1 to %2 at %3: %4</source>
        <translation>%1 于 %3 交班给 %2：%4</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认接班：%1</translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation>尚未确认接班。</translation>
    </message>
    <message>
        <source>Show a shift&apos;s roster, or set it with --leader (and --staff) as a shift leader or administrator, for --day and the following --days.</source>
        <translation>显示某班次的排班；值班长或管理员可用 --leader（及 --staff）为 --day 起的 --days 天排班。</translation>
    </message>
    <message>
        <source>The 带班领导&apos;s login.</source>
        <translation>带班领导的登录名。</translation>
    </message>
    <message>
        <source>Logins on duty, comma-separated.</source>
        <translation>值班人员登录名，以逗号分隔。</translation>
    </message>
    <message>
        <source>Days from --day on (default 1).</source>
        <translation>自 --day 起的天数（默认 1）。</translation>
    </message>
    <message>
        <source>Give --shift CODE and a valid --day.</source>
        <translation>请给出 --shift 班次代码和有效的 --day。</translation>
    </message>
    <message>
        <source>--days is a number of days, 1 or more.</source>
        <translation>--days 为天数，至少为 1。</translation>
    </message>
    <message>
        <source>交接班: hand the shift over to someone on the next shift (--to, --note), or confirm the handover made to you (--confirm, optional --note).</source>
        <translation>交接班：交班给下一班人员（--to、--note），或确认交给您的接班（--confirm，可选 --note）。</translation>
    </message>
    <message>
        <source>The next shift&apos;s login.</source>
        <translation>下一班人员的登录名。</translation>
    </message>
    <message>
        <source>The handover note.</source>
        <translation>交班说明。</translation>
    </message>
    <message>
        <source>Confirm the handover made to you.</source>
        <translation>确认交给您的接班。</translation>
    </message>
    <message>
        <source>No handover waits for %1.</source>
        <translation>没有等待 %1 确认的交接班。</translation>
    </message>
    <message>
        <source>Confirmed the handover of %1 from %2.</source>
        <translation>已确认 %2 交来的 %1。</translation>
    </message>
    <message>
        <source>%1 handed over to %2 with %3 open items.</source>
        <translation>%1 已交班给 %2，移交 %3 项待办事项。</translation>
    </message>
    <message>
        <source>值班日志: list a day&apos;s entries, add one (--add TEXT, optionally --case NUMBER and --follow-up) or mark a follow-up done (--done ID).</source>
        <translation>值班日志：列出某日记录，添加一条（--add 内容，可选 --case 案卷编号和 --follow-up），或标记跟进完成（--done 编号）。</translation>
    </message>
    <message>
        <source>The entry&apos;s text.</source>
        <translation>记录内容。</translation>
    </message>
    <message>
        <source>The case it concerns.</source>
        <translation>相关案卷。</translation>
    </message>
    <message>
        <source>Carry it to the next shifts.</source>
        <translation>移交后续班次跟进。</translation>
    </message>
    <message>
        <source>Mark a follow-up done.</source>
        <translation>标记跟进完成。</translation>
    </message>
    <message>
        <source>  [done]</source>
        <translation>  [已完成]</translation>
    </message>
    <message>
        <source>  [follow up]</source>
        <translation>  [待跟进]</translation>
    </message>
    <message>
        <source>The hall&apos;s work by shift from --from to --to.</source>
        <translation>--from 至 --to 期间各班次的指挥大厅工作量。</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>shift	reported	filed	dispatched	closed	cases	steps</source>
        <translation>班次	受理	立案	派遣	结案	经办案卷	操作数</translation>
    </message>
    <message>
        <source>The centre&apos;s shifts; --set three (早/中/晚, 8 hours) or --set day (24 hours from 08:00) as an administrator.</source>
        <translation>中心的班次设置；管理员可用 --set three（早/中/晚班，各 8 小时）或 --set day（08:00 起 24 小时）设置。</translation>
    </message>
    <message>
        <source>three or day.</source>
        <translation>three 或 day。</translation>
    </message>
    <message>
        <source>--set three or --set day.</source>
        <translation>请用 --set three 或 --set day。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Usage: cityctl duty now|roster|handover|log|figures|shifts [OPTIONS]  (--help on each)</source>
        <translation>用法：cityctl duty now|roster|handover|log|figures|shifts [选项]（各子命令可加 --help）</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3.</source>
        <translation>%1有 %2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <comment>day, shift name, start, end</comment>
        <translation>%1 %2 %3–%4</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>duty day</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>The centre has no shifts defined.</source>
        <translation>中心尚未设置班次。</translation>
    </message>
    <message>
        <source>Only an administrator sets the shifts.</source>
        <translation>只有系统管理员可以设置班次。</translation>
    </message>
    <message>
        <source>The shifts must follow one another around the day without gaps or overlaps, each with its own code (a–z, 0–9, -) and a name; %1 does not.</source>
        <translation>班次须首尾相接覆盖全天、不得间断或重叠，且各有代码（a–z、0–9、-）和名称；%1 不符合。</translation>
    </message>
    <message>
        <source>The shifts cover %1 minutes of the day, not 1,440.</source>
        <translation>班次覆盖一天中的 %1 分钟，而不是 1440 分钟。</translation>
    </message>
    <message>
        <source>Shift %1 has people on duty from today on; take them off the roster first.</source>
        <translation>班次 %1 自今天起已有排班人员，请先从排班中移除。</translation>
    </message>
    <message>
        <source>No shift covers %1.</source>
        <translation>没有班次覆盖 %1。</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator sets the roster.</source>
        <translation>只有值班长或系统管理员可以排班。</translation>
    </message>
    <message>
        <source>There is no shift &quot;%1&quot;.</source>
        <translation>没有班次“%1”。</translation>
    </message>
    <message>
        <source>Set the roster for 1 to 366 days at a time.</source>
        <translation>每次排班 1 至 366 天。</translation>
    </message>
    <message>
        <source>The roster is set from a week ago to a year ahead; %1 is not.</source>
        <translation>排班日期须在一周前至一年后之间；%1 不在此范围内。</translation>
    </message>
    <message>
        <source>%1 leads a shift only as a shift leader or administrator.</source>
        <translation>%1 须为值班长或系统管理员才能担任带班领导。</translation>
    </message>
    <message>
        <source>%1 holds no post of the command hall.</source>
        <translation>%1 不是指挥大厅岗位人员。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <source>the handover note</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <source>A shift is handed over to someone else.</source>
        <translation>不能交班给自己。</translation>
    </message>
    <message>
        <source>%1 has no shift to hand over now: a shift is handed over by someone on its roster, from an hour before its end to two hours after, once.</source>
        <translation>%1 现在没有可交接的班次：交接班须由该班次排班人员在班次结束前 1 小时至结束后 2 小时内进行，且只交接一次。</translation>
    </message>
    <message>
        <source>%1 is not on duty in the next shift (%2).</source>
        <translation>%1 不在下一班（%2）的值班人员中。</translation>
    </message>
    <message>
        <source>This shift was handed over to %1; only they confirm it.</source>
        <translation>此班交给了 %1，只能由其本人确认接班。</translation>
    </message>
    <message>
        <source>%1 confirmed this handover already.</source>
        <translation>%1 已确认过此次交接班。</translation>
    </message>
    <message>
        <source>The confirmation note</source>
        <translation>接班说明</translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation>没有这条交接班记录。</translation>
    </message>
    <message>
        <source>the log entry</source>
        <translation>日志内容</translation>
    </message>
    <message>
        <source>The duty log is kept by the command hall&apos;s posts.</source>
        <translation>值班日志由指挥大厅岗位人员填写。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案卷 %1。</translation>
    </message>
    <message>
        <source>The log has no open follow-up item %1.</source>
        <translation>值班日志中没有待跟进事项 %1。</translation>
    </message>
    <message>
        <source>Shift figures cover 1 to %1 days.</source>
        <translation>班次统计的时段为 1 至 %1 天。</translation>
    </message>
    <message>
        <source>  (leader)</source>
        <translation>  （带班领导）</translation>
    </message>
    <message>
        <source>The hub does not let this login act for others: the hub&apos;s administrator grants it with GRANT cc_gateway TO &lt;login&gt;.</source>
        <translation>中心服务器不允许此登录名代他人操作：请中心服务器管理员执行 GRANT cc_gateway TO &lt;登录名&gt; 授权。</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was written. Try again in %1 s.</source>
        <translation>无法连接中心服务器，未写入任何内容。请 %1 秒后重试。</translation>
    </message>
    <message>
        <source>--hub takes postgresql://LOGIN@HOST:PORT/DB.</source>
        <translation>--hub 的格式为 postgresql://登录名@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>No password in --hub: give it in CITYCOMMAND_HUB_PASSWORD.</source>
        <translation>--hub 中不能含密码，请通过 CITYCOMMAND_HUB_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>Name citygate&apos;s hub login: --hub-user LOGIN.</source>
        <translation>请指定 citygate 的中心服务器登录名：--hub-user 登录名。</translation>
    </message>
    <message>
        <source>citygate: the centre&apos;s HTTP service (Open311 GeoReport v2, the field API, the 12345 and citizens&apos; intake, /openapi.json) over the local database, or through a hub (--hub); see docs/citygate.md.</source>
        <translation>citygate：指挥中心的 HTTP 服务（Open311 GeoReport v2、外勤接口、12345 与市民上报接入、/openapi.json），基于本地数据库，或通过中心服务器（--hub）；见 docs/citygate.md。</translation>
    </message>
    <message>
        <source>Write through this hub (postgresql://LOGIN@HOST:PORT/DB; password from CITYCOMMAND_HUB_PASSWORD or PGPASSWORD); --db is then its local copy, joined when missing.</source>
        <translation>通过此中心服务器写入（postgresql://登录名@主机:端口/数据库；密码取自 CITYCOMMAND_HUB_PASSWORD 或 PGPASSWORD）；此时 --db 为其本地副本，不存在时自动加入。</translation>
    </message>
    <message>
        <source>citygate&apos;s hub login (else the URL&apos;s).</source>
        <translation>citygate 的中心服务器登录名（缺省取 URL 中的）。</translation>
    </message>
    <message>
        <source>Only collectors (监督员) and departments&apos; users (专业部门) may use the field API.</source>
        <translation>只有监督员和专业部门用户可以使用外勤接口。</translation>
    </message>
    <message>
        <source>“action” must be dept-accept, feedback, request-return, request-postpone or request-hang.</source>
        <translation>“action” 必须是 dept-accept、feedback、request-return、request-postpone 或 request-hang。</translation>
    </message>
    <message>
        <source>Give the working hours asked for as a whole number.</source>
        <translation>请以整数给出申请的工作小时数。</translation>
    </message>
    <message>
        <source>This case is not with your department.</source>
        <translation>此案件不在本部门。</translation>
    </message>
    <message>
        <source>  gazetteer: %1 street blocks, %2 places, %3 intersections</source>
        <translation>  地名地址：%1 段道路，%2 个地点，%3 个交叉口</translation>
    </message>
    <message>
        <source>Import streets (lines) or places (points, polygons) into the gazetteer from a GeoPackage, Shapefile, GeoJSON or CSV file through GDAL. Streets map name, aliases, kind, from_left, to_left, from_right, to_right; places map name, aliases, kind, extent_m, address. Importing the same file and layer again replaces its rows.</source>
        <translation>通过 GDAL 从 GeoPackage、Shapefile、GeoJSON 或 CSV 文件向地名地址导入道路（线）或地点（点、面）。道路对应字段 name、aliases、kind、from_left、to_left、from_right、to_right；地点对应字段 name、aliases、kind、extent_m、address。再次导入同一文件和图层会替换其上次导入的记录。</translation>
    </message>
    <message>
        <source>The layer (default: the first).</source>
        <translation>图层（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Field mapping ours=theirs, comma separated, e.g. name=NAME,from_left=L_F (default: same names).</source>
        <translation>字段对应“本系统字段=文件字段”，以逗号分隔，如 name=NAME,from_left=L_F（默认：同名字段）。</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>请指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>Imported %1 street rows and %2 places; the gazetteer has %3 intersections.</source>
        <translation>已导入 %1 段道路和 %2 个地点；地名地址共有 %3 个交叉口。</translation>
    </message>
    <message>
        <source>Print how many streets, places and intersections the gazetteer holds.</source>
        <translation>输出地名地址中道路、地点和交叉口的数量。</translation>
    </message>
    <message>
        <source>%1 street rows, %2 places, %3 intersections</source>
        <translation>%1 段道路，%2 个地点，%3 个交叉口</translation>
    </message>
    <message>
        <source>Usage: cityctl gazetteer import|info --db FILE … (see --help of each)</source>
        <translation>用法：cityctl gazetteer import|info --db 文件 …（各子命令见 --help）</translation>
    </message>
    <message>
        <source>%1. %2  %3  %4,%5  grid %6  community %7 %8</source>
        <extracomment>序号 得分 地址 经纬度 单元网格 社区</extracomment>
        <translation>%1. %2  %3  %4,%5  单元网格 %6  社区 %7 %8</translation>
    </message>
    <message>
        <source>cityctl: no street, place or intersection matches “%1” [gazetteer.no-match].</source>
        <translation>cityctl：没有与“%1”匹配的道路、地点或交叉口 [gazetteer.no-match]。</translation>
    </message>
    <message>
        <source>Instead: print the gazetteer&apos;s candidates for an address, place or intersection, best first.</source>
        <translation>改为：按匹配度从高到低输出地名地址中某一门牌、地点或交叉口的候选结果。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>With --address: at most N candidates (default 5).</source>
        <translation>与 --address 一起使用：最多 N 个候选（默认 5）。</translation>
    </message>
    <message>
        <source>With --address: JSON.</source>
        <translation>与 --address 一起使用：输出 JSON。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation>--limit 须为 1 到 100 之间的数。</translation>
    </message>
    <message>
        <source>The database rolled the group back.</source>
        <translation>数据库回滚了这一组写入。</translation>
    </message>
    <message>
        <source>Usage: cityctl [--lang LANG] COMMAND [OPTIONS]

Commands:
  init-demo   write the demo city into a new database
  info        list the layers and tables of a database with their row counts
  case        report cases, run workflow actions, show a case, import JSON lines
  kpi         print the evaluation (综合评价) for a period
  bulletin    write the weekly, monthly or quarterly bulletin (通报) as PDF, ODT or XLSX
  hotspots    print the case density in hexagonal cells for a period
  recurring   list the recurring problems (老不改) of a period
  campaign    专项整治: add a campaign, list them, report what one has reached
  survey      专项普查: survey items, counting tasks, collectors&apos; counts, the report
  calendar    the work calendar&apos;s years of holidays: show, import a year, check
  config      the centre&apos;s rules (categories, standards, limits, routing): export, import, diff
  org         departments and users (roles, department, grid, unit head): export, diff,
              import; passwd, deactivate, activate, delete one user
  duty        the hall&apos;s shifts: who is on duty, handover (交接班), duty log, figures
  categories  list the category dictionary (部件/事件 classes)
  user        list users, set a password, check a password (read from stdin)
  geocode     print the unit grid of each “lon,lat” line read from stdin, or an
              address&apos;s candidates from the gazetteer (--address TEXT)
  gazetteer   the address gazetteer (地名地址): import streets and places, counts
  export      write a map layer to a GeoPackage, GeoJSON or Shapefile
  import      read unit grids or components from a GeoPackage, GeoJSON or Shapefile
  hub         set up a hub: init the schema, seed a city, add logins
  sync        join a hub, sync once or keep syncing, show status and conflicts
  api         citygate: API keys (add, list, revoke), field tokens (revoke), audit log
  notify      notifications: rules, channels, contacts, the sender and its log

Run &apos;cityctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：cityctl [--lang LANG] COMMAND [选项]

命令：
  init-demo   将示范城市写入新数据库
  info        列出数据库的图层和数据表及其行数
  case        上报案卷、执行流程操作、查看案卷、导入 JSON 行
  kpi         输出某一时段的综合评价
  bulletin    生成周、月、季度通报（PDF、ODT 或 XLSX）
  hotspots    输出某一时段案件在六边形格子中的密度（热点）
  recurring   列出某一时段的老不改问题
  campaign    专项整治：添加专项、列出专项、查看专项进展
  survey      专项普查：普查项目、普查任务、监督员的清点结果、普查报告
  calendar    工作日历的节假日年份：显示、导入一年、检查
  config      中心规则（类别、立结案标准、时限、派遣）：导出、导入、比较
  org         部门与人员（岗位、部门、网格、单位正职）：导出、比较、导入；
              单个用户的重置密码、停用、启用、删除
  duty        值班：当前值班人员、交接班、值班日志、班次统计
  categories  列出分类字典（部件/事件类别）
  user        列出用户、设置密码、校验密码（从标准输入读取）
  geocode     对从标准输入读取的每行“经度,纬度”输出其所在单元网格，或输出
              地名地址库中某一地址的候选结果（--address TEXT）
  gazetteer   地名地址库：导入道路和地点、统计数量
  export      将地图图层写出为 GeoPackage、GeoJSON 或 Shapefile
  import      从 GeoPackage、GeoJSON 或 Shapefile 读入单元网格或部件
  hub         建立中心服务器：初始化结构、导入城市、添加账号
  sync        加入中心服务器、单次或持续同步、查看状态和冲突
  api         citygate：API 密钥（添加、列出、吊销）、外勤令牌（吊销）、审计日志
  notify      通知：规则、渠道、联系方式、发送程序及其日志

运行 &apos;cityctl COMMAND --help&apos; 查看该命令的选项。
</translation>
    </message>
    <message>
        <source>%1 has %2 MB: an organisation file has at most 4 MB.</source>
        <translation>%1 有 %2 MB：部门与人员文件最多 4 MB。</translation>
    </message>
    <message>
        <source>Name exactly one %1.</source>
        <translation>请只指定一个 %1。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>Changed %1 departments and %2 users (%3); other workstations receive it through the hub.</source>
        <translation>已修改 %1 个部门和 %2 名人员（%3）；其他工作站经中心服务器收到此变更。</translation>
    </message>
    <message>
        <source>Write the departments and users (never a password) to FILE.</source>
        <translation>将部门与人员（不含任何密码）写入 FILE。</translation>
    </message>
    <message>
        <source>The organisation file (JSON).</source>
        <translation>部门与人员文件（JSON）。</translation>
    </message>
    <message>
        <source>Wrote %1 departments and %2 users to %3.</source>
        <translation>已将 %1 个部门和 %2 名人员写入 %3。</translation>
    </message>
    <message>
        <source>%1 changes.</source>
        <translation>%1 处变更。</translation>
    </message>
    <message>
        <source>Check FILE and make it the organisation: departments not in it are retired, users not in it deactivated (never deleted).</source>
        <translation>检查 FILE 并以其为准：文件中没有的部门将被撤销，没有的人员将被停用（不会删除）。</translation>
    </message>
    <message>
        <source>Why (kept with the change).</source>
        <translation>原因（随变更保存）。</translation>
    </message>
    <message>
        <source>Reset the password of LOGIN (read from standard input, one line); the hash goes to the hub only.</source>
        <translation>重置 LOGIN 的密码（从标准输入读取一行）；其散列值只发往中心服务器。</translation>
    </message>
    <message>
        <source>Delete LOGIN: only a user who never acted on a case or kept duty.</source>
        <translation>删除 LOGIN：仅限从未办理过案卷、从未值班的人员。</translation>
    </message>
    <message>
        <source>Deactivate or activate LOGIN (they keep their history).</source>
        <translation>停用或启用 LOGIN（其历史记录保留）。</translation>
    </message>
    <message>
        <source>Usage: cityctl org export|diff|import FILE, org passwd|deactivate|activate|delete LOGIN --as ADMIN  (--help on each)</source>
        <translation>用法：cityctl org export|diff|import FILE，org passwd|deactivate|activate|delete LOGIN --as ADMIN（各子命令可加 --help）</translation>
    </message>
    <message>
        <source>%1 is retired and takes no new cases.</source>
        <translation>%1 已撤销，不再接收新案卷。</translation>
    </message>
    <message>
        <source>Organisation: departments[%1] is not an object of texts (code, nameZh, nameEn, type, parent, phone), a level and active.</source>
        <translation>部门与人员：departments[%1] 不是由文本（code、nameZh、nameEn、type、parent、phone）、level 和 active 组成的对象。</translation>
    </message>
    <message>
        <source>Organisation: users[%1] is not an object of texts (login, name, department, grid, phone), a list of roles, unitHead and active.</source>
        <translation>部门与人员：users[%1] 不是由文本（login、name、department、grid、phone）、roles 列表、unitHead 和 active 组成的对象。</translation>
    </message>
    <message>
        <source>Organisation: not a JSON object with lists of departments and users (%1).</source>
        <translation>部门与人员：不是含 departments 和 users 列表的 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>wrong shape</source>
        <translation>结构不对</translation>
    </message>
    <message>
        <source>Organisation: the file is not of format citycommand-org, version 1.</source>
        <translation>部门与人员：文件格式不是 citycommand-org 第 1 版。</translation>
    </message>
    <message>
        <source>Department &quot;%1&quot;: a code of 1–20 letters, digits, - or _, a Chinese name of 1–80 characters, a level from 1 to 3.</source>
        <translation>部门“%1”：代码须为 1–20 个字母、数字、- 或 _，中文名称 1–80 个字符，级别 1 到 3。</translation>
    </message>
    <message>
        <source>The department code %1 is listed twice.</source>
        <translation>部门代码 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Department %1: its parent &quot;%2&quot; is no other department.</source>
        <translation>部门 %1：其上级“%2”不是另一个部门。</translation>
    </message>
    <message>
        <source>User %1: &quot;%2&quot; is no role (operator, shift-leader, dispatcher, department, collector, supervisor, admin).</source>
        <translation>人员 %1：“%2”不是岗位（operator、shift-leader、dispatcher、department、collector、supervisor、admin）。</translation>
    </message>
    <message>
        <source>User %1 would hold no role: give them one, or deactivate them.</source>
        <translation>人员 %1 将没有任何岗位：请分配一个岗位，或将其停用。</translation>
    </message>
    <message>
        <source>User %1 works for a department (专业部门) but names none.</source>
        <translation>人员 %1 属专业部门岗位，但未指定部门。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: a login of 1–40 letters, digits, ., @, - or _ and a name of 1–80 characters.</source>
        <translation>人员“%1”：账号须为 1–40 个字母、数字、.、@、- 或 _，姓名 1–80 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken by another user.</source>
        <translation>账号 %1 已被其他人员使用。</translation>
    </message>
    <message>
        <source>User %1: the department &quot;%2&quot; does not exist.</source>
        <translation>人员 %1：部门“%2”不存在。</translation>
    </message>
    <message>
        <source>No active administrator would be left: keep at least one.</source>
        <translation>将没有在用的系统管理员：请至少保留一名。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are with it</source>
        <translation>
            <numerusform>该部门有 %n 件未结案卷</numerusform>
        </translation>
    </message>
    <message>
        <source>the routing in force sends cases to it</source>
        <translation>现行派遣规则仍将案卷派往该部门</translation>
    </message>
    <message>
        <source>user %1 belongs to it</source>
        <translation>人员 %1 属于该部门</translation>
    </message>
    <message>
        <source>Department %1 cannot be retired: %2.</source>
        <translation>部门 %1 不能撤销：%2。</translation>
    </message>
    <message>
        <source>User %1: the department %2 is retired.</source>
        <translation>人员 %1：部门 %2 已撤销。</translation>
    </message>
    <message>
        <source>User %1: the grid &quot;%2&quot; is no responsibility grid.</source>
        <translation>人员 %1：网格“%2”不是责任网格。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有人员“%1”。</translation>
    </message>
    <message>
        <source>User %1 has acted on cases or kept duty and stays in that history: deactivate them instead of deleting.</source>
        <translation>人员 %1 办理过案卷或值过班，须保留在历史记录中：请停用而不是删除。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; does not exist.</source>
        <translation>部门“%1”不存在。</translation>
    </message>
    <message>
        <source>The parents of department %1 form a loop.</source>
        <translation>部门 %1 的上级关系形成了循环。</translation>
    </message>
    <message>
        <source>A clip needs the camera it was cut from.</source>
        <translation>视频片段须注明来源摄像头。</translation>
    </message>
    <message>
        <source>A clip needs a start before its end.</source>
        <translation>视频片段的开始时间须早于结束时间。</translation>
    </message>
    <message>
        <source>A clip may last at most %1 minutes.</source>
        <translation>视频片段最长 %1 分钟。</translation>
    </message>
    <message>
        <source>A clip&apos;s SHA-256 must be 64 lower-case hex digits.</source>
        <translation>视频片段的 SHA-256 须为 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>A clip is referred to by its full path.</source>
        <translation>视频片段须以完整路径引用。</translation>
    </message>
    <message>
        <source>A clip&apos;s note may have at most %1 characters.</source>
        <translation>视频片段的备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The clip %1 cannot be read.</source>
        <translation>无法读取视频片段 %1。</translation>
    </message>
    <message>
        <source>The clip has %1 MB; a case takes clips of at most %2 MB.</source>
        <translation>视频片段大小为 %1 MB；案卷只接受不超过 %2 MB 的片段。</translation>
    </message>
    <message>
        <source>The clip grew past %1 MB while it was read.</source>
        <translation>读取时视频片段增大到超过 %1 MB。</translation>
    </message>
    <message>
        <source>There is no clip at %1.</source>
        <translation>%1 处没有视频片段。</translation>
    </message>
    <message>
        <source>The clip at %1 has %2 bytes, not the %3 it was described with.</source>
        <translation>%1 处的视频片段有 %2 字节，与所述的 %3 字节不符。</translation>
    </message>
    <message>
        <source>The clip at %1 is not the one described (its SHA-256 differs).</source>
        <translation>%1 处的视频片段不是所述的片段（SHA-256 不同）。</translation>
    </message>
    <message>
        <source>Case %1 is not with your department.</source>
        <translation>案卷 %1 不在本部门。</translation>
    </message>
    <message>
        <source>This clip is already attached to case %1.</source>
        <translation>此视频片段已附加到案卷 %1。</translation>
    </message>
    <message>
        <source>There is no clip %1.</source>
        <translation>没有视频片段 %1。</translation>
    </message>
</context>
<context>
    <name>VideoQuickTr</name>
    <message>
        <source>The tile has no picture to attach yet</source>
        <translation>该画面窗格还没有可附加的画面</translation>
    </message>
    <message>
        <source>Could not encode the snapshot</source>
        <translation>无法编码抓拍图片</translation>
    </message>
    <message>
        <source>Seen on camera %1</source>
        <translation>经摄像头 %1 发现</translation>
    </message>
</context>
<context>
    <name>VideoTr</name>
    <message>
        <source>The tile has no picture to capture yet</source>
        <translation>该画面窗格还没有可抓拍的画面</translation>
    </message>
    <message>
        <source>Could not write the snapshot to %1: %2</source>
        <translation>无法将抓拍图片写入 %1：%2</translation>
    </message>
    <message>
        <source>Not a valid camera address (rtsp://host[:port]/path): %1</source>
        <translation>不是有效的摄像机地址（rtsp://主机[:端口]/路径）：%1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP multicast</source>
        <translation>UDP 组播</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>CityCommand — Video wall</source>
        <translation>CityCommand — 视频墙</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>分屏</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>轮巡</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>全部摄像头</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>next page in %1 s</source>
        <translation>%1 秒后切换下一组</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预案名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>min ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>Synchronized playback</source>
        <translation>同步回放</translation>
    </message>
    <message>
        <source>All live</source>
        <translation>全部直播</translation>
    </message>
</context>
<context>
    <name>cityrec</name>
    <message>
        <source>Records the cameras into a ring of segments.</source>
        <translation>将摄像头录制到循环分段文件中。</translation>
    </message>
    <message>
        <source>Recording folder.</source>
        <translation>录像目录。</translation>
    </message>
    <message>
        <source>Record the cameras of this database.</source>
        <translation>录制该数据库中的摄像头。</translation>
    </message>
    <message>
        <source>A camera to record (repeatable).</source>
        <translation>要录制的摄像头（可重复）。</translation>
    </message>
    <message>
        <source>main (default) or sub.</source>
        <translation>main（主码流，默认）或 sub（子码流）。</translation>
    </message>
    <message>
        <source>Segment length in seconds (default 60).</source>
        <translation>分段时长，秒（默认 60）。</translation>
    </message>
    <message>
        <source>Disk quota per camera in MB (0: none).</source>
        <translation>每路摄像头的磁盘配额，MB（0：不限）。</translation>
    </message>
    <message>
        <source>Disk quota of all cameras in MB (0: none).</source>
        <translation>全部摄像头的磁盘配额，MB（0：不限）。</translation>
    </message>
    <message>
        <source>Delete recordings older than this (0: keep).</source>
        <translation>删除早于此天数的录像（0：保留）。</translation>
    </message>
    <message>
        <source>How often the quotas are enforced (default 10).</source>
        <translation>配额检查间隔，秒（默认 10）。</translation>
    </message>
    <message>
        <source>RTP transport: tcp (default), udp, udp-mcast.</source>
        <translation>RTP 传输方式：tcp（默认）、udp、udp-mcast。</translation>
    </message>
    <message>
        <source>Exit when the parent process dies (tests).</source>
        <translation>父进程退出时随之退出（测试用）。</translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation>必须指定 --dir</translation>
    </message>
    <message>
        <source>--camera wants ID=URL, got %1</source>
        <translation>--camera 应为 ID=URL，实际为 %1</translation>
    </message>
    <message>
        <source>segments must be at least 1 s long</source>
        <translation>分段时长至少 1 秒</translation>
    </message>
    <message>
        <source>--export wants --from, --to (ISO 8601) and --out</source>
        <translation>--export 需要 --from、--to（ISO 8601）和 --out</translation>
    </message>
    <message>
        <source>Export a clip of this camera instead of recording.</source>
        <translation>导出该摄像头的录像片段（不录像）。</translation>
    </message>
    <message>
        <source>Clip start (ISO 8601).</source>
        <translation>片段开始时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>Clip end (ISO 8601).</source>
        <translation>片段结束时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>Clip file (MP4).</source>
        <translation>片段文件（MP4）。</translation>
    </message>
    <message>
        <source>Largest clip in MB (default 200).</source>
        <translation>片段大小上限，MB（默认 200）。</translation>
    </message>
</context>
<context>
    <name>cityvision</name>
    <message>
        <source>Finds new static objects in the cameras&apos; zones (video analytics).</source>
        <translation>在摄像头的区域中发现新出现的静止物体（视频分析）。</translation>
    </message>
    <message>
        <source>The workstation&apos;s database.</source>
        <translation>本工作站的数据库。</translation>
    </message>
    <message>
        <source>cityrec&apos;s folder, for clips of the findings.</source>
        <translation>cityrec 的录像文件夹，用于截取发现的视频片段。</translation>
    </message>
    <message>
        <source>Pictures analysed per second and camera (at most 5).</source>
        <translation>每个摄像头每秒分析的画面数（最多 5）。</translation>
    </message>
    <message>
        <source>A camera&apos;s stream URL over the camera table&apos;s (repeatable).</source>
        <translation>摄像头的视频流地址，优先于摄像头表中的地址（可重复）。</translation>
    </message>
    <message>
        <source>How often zones are read again (default 5).</source>
        <translation>重新读取区域的间隔秒数（默认 5）。</translation>
    </message>
    <message>
        <source>Exit when the parent process dies (tests).</source>
        <translation>父进程退出时随之退出（测试用）。</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>必须指定 --db</translation>
    </message>
    <message>
        <source>--camera wants ID=URL, got %1</source>
        <translation>--camera 的格式为 ID=URL，收到的是 %1</translation>
    </message>
</context>
</TS>
