<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Stand-alone: no hub configured, working on the local database</source>
        <translation>单机模式：未配置中心服务器，正在使用本地数据库</translation>
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
    <name>Cc::Overview::CaseTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>专业部门</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
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
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
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
        <source>Not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
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
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
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
        <source>Print the evaluation (综合评价) for the days FROM to TO (inclusive, in the city&apos;s time zone).</source>
        <translation>输出 FROM 至 TO 日（含首尾两天，按城市所在时区）的综合评价。</translation>
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
        <source>department, grid or post.</source>
        <translation>department（专业部门）、grid（网格）或 post（岗位）。</translation>
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
        <source>--by is department, grid or post.</source>
        <translation>--by 只能是 department、grid 或 post。</translation>
    </message>
    <message>
        <source>Evaluation %1 – %2 by %3</source>
        <translation>综合评价 %1 – %2（按 %3）</translation>
    </message>
    <message>
        <source>The local database (GeoPackage) file.</source>
        <translation>本地数据库（GeoPackage）文件。</translation>
    </message>
    <message>
        <source>Usage: cityctl [--lang LANG] COMMAND [OPTIONS]

Commands:
  init-demo   write the demo city into a new database
  info        list the layers and tables of a database with their row counts
  case        report cases, run workflow actions, show a case, import JSON lines
  kpi         print the evaluation (综合评价) for a period
  categories  list the category dictionary (部件/事件 classes)

Run &apos;cityctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：cityctl [--lang LANG] COMMAND [选项]

命令：
  init-demo   将示范城市写入新数据库
  info        列出数据库的图层和数据表及其行数
  case        上报案卷、执行流程操作、查看案卷、导入 JSON 行
  kpi         输出某一时段的综合评价
  categories  列出分类字典（部件/事件类别）

运行 &apos;cityctl COMMAND --help&apos; 查看该命令的选项。
</translation>
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
</context>
</TS>
