<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalyticsTr</name>
    <message>
        <source>%1 seen by the video analytics on camera %2 (zone %3), at rest since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures are analysed 0.1 to %1 times a second, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone belongs to a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone needs a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone has %1 to %2 corners, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone&apos;s corners lie in the picture (0…1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone covers almost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object must rest %1 s to 24 h in a zone, not %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone cannot move to another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera has at most %1 zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator rejected this object in this zone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This object in this zone is raised already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings of this zone wait for the operator already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a snapshot, a box in the picture and its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding&apos;s snapshot has at most %1 KB, not %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding&apos;s snapshot is a JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 is not an active zone of camera %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding&apos;s clip needs its file, SHA-256, size and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1 is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the video analytics are decided by the operators and the shift leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video analytics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-stall zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-parking zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubbish watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street vending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed rubbish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Search cameras (name, group, grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::AnalyticsWidgets::CandidateQueue</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why rejected (optional): e.g. a kiosk with a permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: file a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip: the recorder had no recording of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as an operator to decide findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 filed without its clip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected: this object in this zone is not raised again for %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::App::ClipEvidence</name>
    <message>
        <source>Video evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program here plays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip lies on the workstation that attached it (%1); this one is not joined to a hub to fetch it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has not reached the hub yet: it lies on the workstation that attached it (%1) until that one syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the clip from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the hub: double-click to fetch and play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the hub yet: on the workstation that attached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 s, %4 MB, SHA-256 %5… (%6)</source>
        <extracomment>视频证据: one clip of the case&apos;s video evidence (camera, time, length, size, hash, where its bytes are)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::App::IntegrityCheck</name>
    <message>
        <source>CityCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY: the local database is damaged. Nothing more is written to it; restore it from a backup or the hub. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of the local database %1 found damage. From now on CityCommand only reads this file: nothing more is written to it. Restore the file from a backup or the hub.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::App::MainWindow</name>
    <message>
        <source>CityCommand — Digital City Management Command Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CityCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CityCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CityCommand %1&lt;/h3&gt;&lt;p&gt;Command-hall client for digital city management (数字城管): the seven-step closed loop, grid map and video wall on one local GeoPackage database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases (most overdue first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras (部件 0136) of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityCommand — %1 Digital City Management Command Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database %1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the video &amp;wall window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video wall (Ctrl+Shift+V) · double-click a camera: show it and its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to open cases from the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <extracomment>新建上报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to register reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam&amp;paigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evaluation takes SCOPE:PERIOD[:compare][:rate], e.g. street:2026-11:compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: national defaults</source>
        <extracomment>中心规则（类别、立结案标准、时限、派遣）的版本；0 = 国家标准默认</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s categories, filing and closing standards, time limits and routing (docs/config.md). Cases keep the rules they were reported under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s rules are now version %1: new reports use its categories, standards, limits and routing; cases reported before keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre &amp;rules…</source>
        <extracomment>中心规则：类别、立结案标准、时限、派遣</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings of the cameras near the case at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and users changed by %1: %2</source>
        <extracomment>部门与人员已更新</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video &amp;findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::App::Notifications</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ActionDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 on case %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (处理结果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <extracomment>建议 (the department the routing table suggests)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — beyond the known holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos after:</source>
        <extracomment>处置后照片 / 核查照片</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the caller said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s judgement:</source>
        <extracomment>回访结果 (满意 / 基本满意 / 不满意)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the caller said: satisfied, basically satisfied or unsatisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category states no closing standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::AddressField</name>
    <message>
        <source>house number</source>
        <extracomment>门牌地址 (a street and house number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intersection</source>
        <extracomment>交叉口</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <extracomment>地点 (school, market, 小区 …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <extracomment>道路</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, place or intersection, e.g. 人民路12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches appear as you type (Chinese, pinyin or its initials); Down and Enter take one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::BatchFileDialog</name>
    <message>
        <source>Batch filing</source>
        <extracomment>批量立案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File these %n case(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note (for every case):</source>
        <extracomment>备注 (the same note as single-case 立案)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File %n case(s)</source>
        <extracomment>立案 %n 件</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CampaignDialog</name>
    <message>
        <source>New campaign (专项整治 / 专项普查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 占道经营专项整治</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter; none ticked: all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项普查 only: items to count, e.g. 排水井, 防汛墙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (whole class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is saved, its survey items are not: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where the city&apos;s map is at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of the campaign&apos;s area on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the area is what is ticked above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s), about %1 km²</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CampaignView</name>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项普查: counting tasks and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a 专项整治 or 专项普查 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a survey: this campaign counts no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 checked, %3 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks complete · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give survey task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the campaigns&apos; cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseDetailView</name>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <extracomment>the domain names are in the translator comments: 状态, 来源, 类别 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <extracomment>来源</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids:</source>
        <extracomment>单元网格 / 责任网格 / 社区</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component:</source>
        <extracomment>部件标识码</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <extracomment>专业部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal deadline:</source>
        <extracomment>处置时限</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported / filed / dispatched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed / closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters:</source>
        <extracomment>返工 / 派遣 / 延期 / 督办 / 催办 次数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>案卷流转记录</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <extracomment>按时 / 超时</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <extracomment>案卷</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside every grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed in time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rework %1 · dispatch %2 · postpone %3 · supervise %4 · urge %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [+%2 working hours]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in time</source>
        <extracomment>按时 / 超时</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: nothing for you to do on this case now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos before</source>
        <extracomment>处置前 (上报、核实的照片、视频截图)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos after</source>
        <extracomment>处置后 (处理反馈、核查的照片)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case on the grid map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cameras nearest to the case on the video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid / responsibility grid / community (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>回访 in the timeline: 【满意】 the operator&apos;s note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View recordings</source>
        <extracomment>查看录像: the nearest cameras&apos; recordings of when the case was reported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Play the nearest cameras&apos; recordings on the video wall from %n minute(s) before the case was reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseFilterBar</name>
    <message>
        <source>Search description and address, Enter to search (Ctrl+F)</source>
        <extracomment>全文检索 (描述和地址)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid code</source>
        <extracomment>单元网格编码</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <extracomment>仅超期</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current list to CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CaseListModel</name>
    <message>
        <source>Overdue: the running stage is past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: 80 % of the stage&apos;s time limit is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <extracomment>案卷编号</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>状态</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>类别 (小类 name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>等级</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>地址</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>专业部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <extracomment>上报时间</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>时限</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::CasePanel</name>
    <message>
        <source>Queues</source>
        <extracomment>show/hide the queue column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report…</source>
        <extracomment>新建上报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File selected</source>
        <extracomment>批量立案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File every selected case (batch approve, Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read counts, list and case (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queue</source>
        <extracomment>the work queue of a post, e.g. 受理员 queue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <extracomment>全部案卷</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <extracomment>超期案卷</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in your %1: case %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 in your %2 changed: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done on case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases to file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) filed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n refused: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cases to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>show/hide the case detail column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the case detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reports are registered by an operator (受理员) or a collector (监督员).</source>
        <extracomment>Ctrl+N by a user who does not register reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft is back; Cancel offers to discard it.</source>
        <extracomment>已恢复上次未保存的草稿</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept: Ctrl+N opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ConfigDialog</name>
    <message>
        <source>Centre rules</source>
        <extracomment>中心规则设置</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories and standards</source>
        <extracomment>类别与立结案标准</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage limits</source>
        <extracomment>环节时限</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <extracomment>派遣规则</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check shows what this version changes.</source>
        <extracomment>检查结果：与现行规则的差异</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: 4wh = 4 working hours, 5wd = 5 working days, 30m = 30 minutes, 6h = 6 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One condition per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing standard:</source>
        <extracomment>立案标准</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the centre&apos;s own steps may take, per level. The disposal limit is each category&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case of a category in an area goes to the department of the highest priority; at equal priority a responsibility grid&apos;s rule comes before the whole city&apos;s (area left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (responsibility grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default department:</source>
        <extracomment>默认部门（无规则匹配时）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version changes (kept with it)</source>
        <extracomment>版本说明</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>检查</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <extracomment>发布新版本</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: the national defaults (no version published yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: version %1, published %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change against the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is in force. Cases reported before keep their rules; the hub sends it to every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ConfirmHandoverDialog</name>
    <message>
        <source>Confirm the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what you found different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm handover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::DutyBar</name>
    <message>
        <source>Confirm handover…</source>
        <extracomment>确认接班</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <extracomment>交接班</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log…</source>
        <extracomment>值班日志</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: %1 · Leader: %2 · Staff: %3</source>
        <extracomment>当前班次 … · 带班领导 … · 值班 …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody rostered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::DutyLogDialog</name>
    <message>
        <source>Duty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notable event of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationBulletinDialog</name>
    <message>
        <source>Bulletin</source>
        <extracomment>通报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <extracomment>周报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>月报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>季报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-W48 (week), 2026-11 (month) or 2026-Q4 (quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <extracomment>生成 (write the bulletin file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bulletin to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bulletin of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot write bulletins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin was not written: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationModel</name>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2%): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>综合指标值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, weight %2% of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better: the score counts 100% minus the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E &lt; 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;—&quot;: nothing was due; the score is the weighted mean of the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
as published</source>
        <extracomment>已发布 (the figure as issued)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
vs previous (pp)</source>
        <extracomment>环比, in percentage points (百分点)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
vs a year earlier (pp)</source>
        <extracomment>同比, in percentage points (百分点)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against %1, in percentage points (环比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against %1, in percentage points (同比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;—&quot;: nothing was due, or no figures to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
as of now</source>
        <extracomment>截至目前</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::EvaluationView</name>
    <message>
        <source>By department</source>
        <extracomment>按部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region (responsibility grid)</source>
        <extracomment>按区域(责任网格)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <extracomment>按岗位</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One post shows its own indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the period again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty: the start date %1 is after the end date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 – %3: %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows in this period</source>
        <extracomment>综合指标值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: %1, %2–%3</source>
        <extracomment>综合评价 %1 %2–%3 (scope, first day, last day)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1%</source>
        <extracomment>目标 (the 结案率 target line)
----------
目标 90%</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city, as of now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published %1 by %2: %3 %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the figures of %1 – %2? Published figures are frozen as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By street</source>
        <extracomment>按街道</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By community</source>
        <extracomment>按社区</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit grid</source>
        <extracomment>按单元网格</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>发布 (freeze the period&apos;s figures as issued)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this period&apos;s figures as published (shift leader or administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <extracomment>发布于 … (时间, 发布人)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period before, %1</source>
        <extracomment>上期 (环比)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same days a year earlier, %1</source>
        <extracomment>去年同期 (同比)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin…</source>
        <extracomment>通报 (the weekly, monthly or quarterly bulletin)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the weekly, monthly or quarterly bulletin (通报) as PDF, ODT or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <extracomment>按渠道(问题来源)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind (component/event)</source>
        <extracomment>按类型(部件/事件)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class (大类)</source>
        <extracomment>按大类</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>环比/同比</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the change of 结案率 and 按期结案率 against the period before (环比) and a year earlier (同比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: composite score</source>
        <extracomment>图表:综合指标值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: closing rate</source>
        <extracomment>图表:结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 结案率 chart draws the target line of the evaluation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>percentage points: %1 个百分点</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing rate %1 on the period before, %2 on a year earlier</source>
        <extracomment>结案率环比 %1, 同比 %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By shift…</source>
        <extracomment>按班次: the hall&apos;s work per shift in the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::HandoverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next shift must know: events, calls, what to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::IntakeDialog</name>
    <message>
        <source>New report</source>
        <extracomment>新建上报</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <extracomment>来源</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <extracomment>大类/小类</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <extracomment>等级</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>地址</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude, e.g. 114.352</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude, e.g. 35.908</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (lon, lat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a point to find its grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <extracomment>单元网格 / 责任网格 / 社区</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <extracomment>问题描述</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates: none</source>
        <extracomment>疑似重复案卷</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal limit: %1 (normal), %2 (urgent)</source>
        <extracomment>处置时限 一般/紧急</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing conditions:</source>
        <extracomment>立案条件</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside every grid</source>
        <extracomment>不在任何单元网格内</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid %1 · responsibility grid %2 · community %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (same category within 50 m and 7 days, open): %n — saving anyway is allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photos:</source>
        <extracomment>现场照片</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, Chinese, pinyin or English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down choose, Enter takes the highlighted category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place on the grid map; an empty address gets the grid&apos;s street and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; what was typed can be kept as a draft (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <extracomment>the fields named in &quot;Missing: 类别、问题描述&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid point (longitude and latitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <extracomment>followed by the list of missing fields, joined with 、</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you typed as a draft? It opens again with the next new report, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep draft</source>
        <extracomment>保留草稿</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue editing</source>
        <extracomment>继续填写</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing standard:</source>
        <extracomment>结案标准 (the centre&apos;s configuration, docs/config.md)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map:</source>
        <extracomment>位置 (the small map)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::LoginDialog</name>
    <message>
        <source>CityCommand — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital city management command centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::OrgPage</name>
    <message>
        <source>Each change here takes effect at once and goes to the hub as one change, checked again there. Users who acted on cases are deactivated, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <extracomment>部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>新增部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>修改部门（名称、类型、电话）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <extracomment>撤销部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire department %1? Its cases keep naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>人员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts and department…</source>
        <extracomment>修改岗位与部门</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <extracomment>停用/启用</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Only a user who never acted on a case can be deleted; otherwise deactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>部门状态：在用/已撤销</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit head</source>
        <extracomment>单位正职</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. It goes to the hub with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanitation, gardens, roads … (matches the categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters; tell them to change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <extracomment>派遣规则（条）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many routing rules of the rules in force send cases to it (tab Routing); a department they name cannot be retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::OrgUserForm</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts:</source>
        <extracomment>岗位</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the centre&apos;s staff)</source>
        <extracomment>无（中心人员）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collector&apos;s responsibility grid, e.g. R03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head of the department (texted on dispatch)</source>
        <extracomment>单位正职（派遣时短信通知）</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. The new password holds on every workstation once this one has synced with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos. Add them or drop image files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a photo this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB) — double-click to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::ShiftFiguresDialog</name>
    <message>
        <source>By shift: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <extracomment>受理 立案 派遣 结案: the hall&apos;s steps in the shift</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::CasesWidgets::SurveyTaskDialog</name>
    <message>
        <source>Give a survey task — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Demo</name>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a city; the demo city is written only into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo city needs at least 21 unit grids and no negative counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::AreaDrawDialog</name>
    <message>
        <source>Draw the area on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of the area; double-click or Enter closes it. Backspace takes back a corner, Esc starts again; the middle button pans, the wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n corner(s), about %1 m² (%2 km²). “Use this area” takes it; draw again to replace it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::FieldMappingDialog</name>
    <message>
        <source>Which field of the file holds each of ours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::HotspotPanel</name>
    <message>
        <source>Hotspot layer (case density)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance between the centres of neighbouring cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems (老不改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases in %2 cells (%3 ms); %4 recurring places, %5 reworked or reopened cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last on %1; double-click opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 per cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::MapCanvas</name>
    <message>
        <source>being filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting dispatch or sign-for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the split line across a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may edit grid boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras near here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::MapPanel</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras near here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store collector positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature to see it; drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a vertex (shared corners move together; Alt: this grid only); drag a midpoint to add one; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners, double-click to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across a grid, double-click to split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the grids to merge, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoTIFF or MBTiles file, or a GDAL WMS/WMTS/XYZ source (empty: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the map layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the grids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit grids, %2 components, %3 cases, %4 cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 grids changed, %2 added, %3 deleted; the edits sync with the change journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 grids (%2 new): check them on the map, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features of %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.geojson *.json *.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import grids from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No basemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play on the video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras nearest %1 (double-click one to play it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n component(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import components from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case, grid, community, camera… (pinyin too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions while typing: case numbers, grid codes, communities and streets, cameras, components; Enter goes to the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor (督查员) edits grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city dictionary to check the components against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import addresses…</source>
        <extracomment>导入地名地址 (streets with house numbers, places)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address gazetteer: %1 street rows and %2 places imported, %3 intersections.</source>
        <extracomment>地名地址</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.geojson *.json *.shp *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::PlacePreviewMap</name>
    <message>
        <source>Where the address lies; drag to look around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::MapWidgets::PointPickerDialog</name>
    <message>
        <source>Pick the place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place; drag to pan, wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1, %2 — OK takes it, or click elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::NotifyWidgets::NotifySettingsDialog</name>
    <message>
        <source>department users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit head</source>
        <extracomment>单位正职</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is told what, and how, when a case is dispatched, nears or passes its deadline, is supervised, urged, returned or closed. Empty department: the case&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department code, role or login; empty: the case&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 【数字城管】案件{number}（{category}，{address}）已派遣，请于{deadline}前处置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent (sent in quiet hours too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 sent, %3 failed, %4 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Overview::CityOverviewMap</name>
    <message>
        <source>Responsibility grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Overview::OverviewPanel</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (挂账)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Positioning::CollectorFeed</name>
    <message>
        <source>Position source of %1 failed (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the NMEA log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Recording::CameraRecorder</name>
    <message>
        <source>The camera ended the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped answering (RTCP timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GStreamer element %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording pipeline did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from the camera for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Recording::ClipExport</name>
    <message>
        <source>A clip must end after it starts and last at most %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this camera is recorded in that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip is larger than %1 MB: choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Recording::Recorder</name>
    <message>
        <source>Cannot create the recording folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another recorder is writing into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Recording::RecordingIndex</name>
    <message>
        <source>The recording index failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the recording folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Storage</name>
    <message>
        <source>Case %1 was changed meanwhile (expected version %2). Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a database rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database file (%2). It was left unchanged; restore it from a backup or synchronise a fresh copy from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CityCommand GeoPackage. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CityCommand (schema %2, this version knows up to %3). Update CityCommand to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path or mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a CityCommand GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an older schema and cannot be upgraded read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a point geometry, found type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a polygon geometry, found type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatial table %1 lacks an integer primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was found damaged (%2). CityCommand no longer writes to it, so nothing more is lost: this change was not made. Restore the file from a backup or synchronise a fresh copy from the hub; `cityctl info --check` checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1). From now on CityCommand only reads it; restore it from a backup or the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a line geometry, found type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::ConflictsDialog</name>
    <message>
        <source>Someone else changed the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case belongs to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not possible in the case&apos;s state on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was taken by another user than the one connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new outline is not a valid polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hub: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new shape is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have it (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved together with a change the hub refused, so none of them was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not take this kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case / row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>outline of %n corner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has no such row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and users</source>
        <extracomment>部门与人员的一次变更</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed these departments or users on the hub first; reload and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::HubStatusWidget</name>
    <message>
        <source>No stored password for hub login %1: join the hub again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-alone: no hub configured, working on the local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n action(s) queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hub: syncing %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hub connected · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actions of %1 wait until they sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for hub actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city is in %1. Start CityCommand with --db %1 to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::SyncWidgets::JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation downloads a snapshot of the city into a new local database, then keeps it in step with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the hub address, the login and the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the city…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Video::CameraStream</name>
    <message>
        <source>The camera refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no such stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the camera (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera sends a video format this client cannot decode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera ended the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped answering (RTCP timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GStreamer element &quot;%1&quot; is missing (install the GStreamer plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the stream pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture from the camera within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture from the camera for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: no picture for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RTP transport worked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting over %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::Video::Ptz</name>
    <message>
        <source>“%1” is not an http(s) address for ONVIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera refused the account (ONVIF: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera answered with a fault: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not SOAP (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s ONVIF service cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera lists no media profile to move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::TilePlayback</name>
    <message>
        <source>Loading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings: the recording folder is not set or has no index yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::TilePtz</name>
    <message>
        <source>Preset %1 is not set for this camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::WallController</name>
    <message>
        <source>Preset “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cameras to tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile has no camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to report cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 reported with the snapshot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest cameras to %1, %2: %3 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the full-resolution picture of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall&apos;s saved cameras are not in this database: showing the default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved camera(s) of the wall are not in this database</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: RTP over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized playback from %1: %2 of %3 camera(s) have recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a recording back on the tile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to attach clips to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which case? Enter its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the clip&apos;s in and out points first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder to write the clip into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip of %1 s attached to case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones are drawn on a tile with a camera, by a logged-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone “%1” saved for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cc::VideoQuick::WallTile</name>
    <message>
        <source>Drop a camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n reconnect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 fps · %4 kbit/s · age %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GazetteerTr</name>
    <message>
        <source>Feature %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not ours=theirs (e.g. name=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a gazetteer field; they are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a house number: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a street without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the street “%1” has fewer than two points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the street “%1” has a point that is not a longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the street “%1” has a negative house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side of “%1” mixes odd and even numbers (%2–%3, %4–%5)</source>
        <extracomment>单双号混在同一侧</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place “%1” has no longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place “%1” has a size outside 0–5000 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no house numbers known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 side %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle of the street</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoTr</name>
    <message numerus="yes">
        <source>a ring has %n point(s); a polygon ring needs at least 4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a ring is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid cannot be split: its polygon is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line of at least two points across the grid to split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line does not cut the grid in two: draw it from outside the grid, across it, to outside again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two grids to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These grids do not share a boundary: merging them would give %n separate part(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>GDAL cannot open the basemap “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap “%1” cannot be reprojected to EPSG:4490.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap “%1” is not georeferenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 is not a valid polygon at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids %1 and %2 overlap around %3 (%4 m²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 reaches outside its community %2 around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 reaches outside its responsibility grid %2 around %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community %1 has an area no unit grid covers, around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid %1 has an area no unit grid covers, around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid at %1 has a malformed code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is used by another grid too (this one at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 (at %2) is assigned to community %3, but its code belongs to community %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 (at %2) names the community %3, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 (at %2) names the responsibility grid “%3”, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot open “%1” as a vector file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no layer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer “%1” has no field “%2” (mapped to “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transformation from %1 to EPSG:4490</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 could not be reprojected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to “%1” is not supported: use .gpkg, .geojson or .shp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot create the layer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot create the field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot write feature %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot finish “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL failed to write “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of “%2” is a %3; only points, single lines and single polygons can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCliTr</name>
    <message>
        <source>The hub: postgresql://HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the hub with --url postgresql://HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the hub schema (PostGIS tables, sync functions, roles) in an existing PostgreSQL database, as its administrator (password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub schema %1 ready (%2 workflow transitions from the state machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a city from a CityCommand GeoPackage into an empty hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoPackage to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the city with --from FILE.gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded the hub with %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub user add LOGIN: create or update the hub login of a CityCommand user (password on standard input). Without --role the user must exist on the hub (seeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role of the user (repeatable); replaces the hub&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department (code or id) of a department user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: cityctl hub user add LOGIN --url URL [--role ROLE]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub login %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has not joined a hub (cityctl sync join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored password for hub login %1; join again or set CITYCOMMAND_HUB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a hub: download a snapshot of the city into a new local database (password on standard input, kept in the keyring or an owner-only file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub login (your CityCommand login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the password on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --db FILE, --url URL and --user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: %1% (%2 of %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: %1 rows in %2 s (%3 rows/s), watermark %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1 (applied %2, refused %3), pulled %4 (applied %5, kept local %6), cursor %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 entries wait for %2 to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the outbox to the hub, then pull the hub&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in step with the hub: push as the outbox fills, pull when the hub rings (LISTEN/NOTIFY) and every poll interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: until SIGTERM/SIGINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not joined to a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced: pulled %1, pushed %2, refused %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub this database joined, its cursor, the outbox and unresolved conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-alone: no hub configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no sync cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cursor: %1 (last pull %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: %1 unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions the hub refused, with this workstation&apos;s and the hub&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published basemap version %1: %2 areas, %3 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the basemap (basemap_area, basemap_line) of a CityCommand GeoPackage as the hub&apos;s next basemap version; workstations apply it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoPackage to take it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; basemap version %1 applied (%2 areas, %3 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clips: %1 MB sent, %2 stored on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this database&apos;s basemap as the hub&apos;s next version (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl hub init|seed|basemap|user add … (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl sync join|once|run|status|conflicts|basemap … (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSearch</name>
    <message>
        <source>Unit grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTr</name>
    <message>
        <source>Only a supervisor may edit grid boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid needs at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such vertex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move vertex of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid has a vertex there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move boundary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vertex to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting this vertex would leave grid %1 with fewer than three corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vertex at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The line cuts grid %1 into %n pieces: give a code for each new piece.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Split grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 was changed in the database by someone else since it was loaded; nothing was saved. Reload the map and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may save grid boundaries; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to “%1” is not supported: use .gpkg, .geojson or .shp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the grid code to a field of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of “%2” has no grid code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 (%2) of “%3” has no polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n grid(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 (%2): “%3” is not a component (部件) class. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1: the component %2 exists already. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no point. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community %1 has %2 free unit-grid code(s) left (01–99) and %3 are needed: renumber or merge grids first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and move vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <extracomment>入点: where the clip begins</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>出点: where the clip ends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a clip to attach it to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtzPad</name>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset %1: click to go there, hold to store this view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CityCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo city: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTr</name>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring-problem radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–1,000 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of reports of a recurring problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring-problem window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–366 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTr</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has schema %1, newer than this CityCommand (%2): upgrade CityCommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub schema file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cityctl hub init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already holds a city; seed only an empty hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub login is lower-case ASCII letters, digits and _ (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no department “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no user “%1”; give --role to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL already has a role “%1” that is not a CityCommand login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s database has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1.%2 got a value of an unexpected kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row for %1 carries none of its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent rows of an unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the login %1: wrong user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade CityCommand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a CityCommand hub (run cityctl hub init): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a workstation joins into a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has not joined a hub (cityctl sync join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the hub this database joined; join it again into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub deleted a row of an unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted row of %1 came without its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 belongs to a save of more than %2 entries or %3 MB, more than the hub takes in one push; it stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub describes clip %1 with another size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub found clip %1 not to be what its reference says; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has not reached the hub yet: it lies on the workstation that attached it until that one syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub describes the clip with another size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hub sent is not the clip (size or SHA-256 differ); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>HD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a case with this snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 1×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is seen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play back from 5 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ</source>
        <extracomment>云台: pan/tilt/zoom controls of the camera</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a %1: click the corners, double-click or Enter to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this camera&apos;s zones (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding after an object rests this many minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Every line needs “actor” and “role”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was reported with ref “%1” in this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“type” must be “report” or “action”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” does not hold the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit grid with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has already been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 belongs to another department; a department user may act only on its own department&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s time %1 is before the case&apos;s last change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department is responsible for this category here; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many working hours the extension should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many working hours to grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible before the case is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for a case in state “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not “%2”; this step is for: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case does not record where “%1” returns to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong top-level type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: unsupported version %1; this build reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: &quot;majors&quot; and &quot;categories&quot; must both be lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has no valid kind; use &quot;part&quot; or &quot;event&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has the code &quot;%2&quot;; a major class code is two digits, not 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has no Chinese name (nameZh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 repeats the major class %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has the code &quot;%2&quot;; a minor class code is four digits and does not end in 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 belongs to the major class %2, which is not declared for this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 repeats the category %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has an invalid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit-grid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrative division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component id &quot;%1&quot; has the major class %2; it must be 01–06 or 21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit is empty; expected e.g. &quot;4wh&quot;, &quot;5wd&quot;, &quot;30m&quot; or &quot;6h&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; does not start with a number; expected e.g. &quot;4wh&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; has an unknown unit &quot;%2&quot;; use wh (working hours), wd (working days), m (minutes) or h (hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is too large; at most %2 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit &quot;%1&quot; is zero; a limit must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: minutesPerWorkday must be a whole number between 1 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;week&quot; must be an object keyed by day of week 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; is not a day of week; use 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;years&quot; must be an object keyed by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; is not a year with an object of holidays and workdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: %1 is listed both as a holiday and as a make-up workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 time such as 2026-11-23T09:30:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user (login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to act in: operator, shift-leader, dispatcher, department, collector, supervisor (or 受理员 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1  [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  category  %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  channel   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  where     %1  grid %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reported  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  deadline  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a report (信息收集) as a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector, hotline-12319, hotline-12345, video, wechat or superior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category key, e.g. event:0102 (see cityctl categories).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude (CGCS2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (CGCS2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit-grid code (14 digits) when there is no point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller or collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component id (16 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level is urgent or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --lon and --lat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lon and --lat take degrees (-180…180, -90…90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: warning: the point lies outside every unit grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one workflow action on a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (e.g. 2026-000123) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch to this department (code or id; default: the responsible one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension in working hours (延期).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case and the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, deadline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a case with its full event timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply JSON lines from stdin (reports and workflow actions, each with actor, role and time) in batches through the workflow. Refused lines are reported with their reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: refused: %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines applied, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl case file|act|show|import [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo city (a county of ~38.6 km² with grids, departments, cameras, components, collectors and a year of cases) into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed and end, same city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases over the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the simulated year (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the camera simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed, --cases and --components take non-negative whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end takes an ISO 8601 time such as 2026-11-23T18:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; init-demo writes a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo city written to %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 streets, %2 communities, %3 responsibility grids, %4 unit grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 departments, %2 users, %3 cameras, %4 components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 cases with %2 workflow actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: %1 simulated actions were refused by the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the layers and tables of a database with their row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GeoPackage, CityCommand schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the category dictionary with disposal limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only classes matching TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is part or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database (GeoPackage) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“at” is not an ISO-8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline 12319</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat / snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by superiors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Separates the names of a list, e.g. of roles (&quot;、&quot; in Chinese)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category dictionary: %1 has a &quot;%2&quot; that is not a list of non-empty texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has %3 characters; it must have exactly %4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; may contain only the digits 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has an all-zero %3 part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid report rate</source>
        <extracomment>有效上报率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed report rate</source>
        <extracomment>漏报率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time verification rate</source>
        <extracomment>按时核实率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time check rate</source>
        <extracomment>按时核查率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted count score</source>
        <extracomment>受理数分值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time verification dispatch rate</source>
        <extracomment>按时派发核实率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time check dispatch rate</source>
        <extracomment>按时派发核查率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time filing rate</source>
        <extracomment>按时立案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate filing rate</source>
        <extracomment>准确立案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time closing rate</source>
        <extracomment>按时结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time dispatch rate</source>
        <extracomment>按时派遣率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate dispatch rate</source>
        <extracomment>准确派遣率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch count score</source>
        <extracomment>派遣数分值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal rate</source>
        <extracomment>处置率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time disposal rate</source>
        <extracomment>按期处置率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework rate</source>
        <extracomment>返工率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue undisposed rate</source>
        <extracomment>超期待处置率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponement rate</source>
        <extracomment>延期率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector report rate</source>
        <extracomment>监督举报率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate</source>
        <extracomment>结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing-within-limit rate</source>
        <extracomment>按期结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed count score</source>
        <extracomment>立案数分值</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>受理员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift leader</source>
        <extracomment>值班长</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <extracomment>派遣员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>专业部门 (a user of a responsible department)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <extracomment>监督员 (信息采集员)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>督查员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>系统管理员</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <comment>case state</comment>
        <extracomment>待受理</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending verification</source>
        <comment>case state</comment>
        <extracomment>待核实</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending filing</source>
        <comment>case state</comment>
        <extracomment>待立案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending dispatch</source>
        <comment>case state</comment>
        <extracomment>待派遣</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending receipt</source>
        <comment>case state</comment>
        <extracomment>待签收 (sent to a department, which has not signed for it yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In disposal</source>
        <comment>case state</comment>
        <extracomment>处置中</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return requested</source>
        <comment>case state</comment>
        <extracomment>回退申请</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponement requested</source>
        <comment>case state</comment>
        <extracomment>延期申请</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelving requested</source>
        <comment>case state</comment>
        <extracomment>挂账申请</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <comment>case state</comment>
        <extracomment>挂账 (parked in the 问题库)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending check</source>
        <comment>case state</comment>
        <extracomment>待核查 (the department reported its result)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>case state</comment>
        <extracomment>核查中</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending closing</source>
        <comment>case state</comment>
        <extracomment>待结案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed on the spot, pending closing</source>
        <comment>case state</comment>
        <extracomment>自行处置待结案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case state</comment>
        <extracomment>已结案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>case state</comment>
        <extracomment>不予受理</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>case state</comment>
        <extracomment>作废</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <comment>case action</comment>
        <extracomment>上报 / 登记</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for verification</source>
        <comment>case action</comment>
        <extracomment>发核实</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm on site</source>
        <comment>case action</comment>
        <extracomment>核实属实</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed on site</source>
        <comment>case action</comment>
        <extracomment>核实不属实</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>case action</comment>
        <extracomment>受理</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept</source>
        <comment>case action</comment>
        <extracomment>不予受理</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <comment>case action</comment>
        <extracomment>立案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>case action</comment>
        <extracomment>作废 / 不予立案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <comment>case action</comment>
        <extracomment>派遣</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redispatch</source>
        <comment>case action</comment>
        <extracomment>二次派遣 (to another department before the first one signed for it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign for</source>
        <comment>case action</comment>
        <extracomment>签收</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report result</source>
        <comment>case action</comment>
        <extracomment>处理反馈</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request return</source>
        <comment>case action</comment>
        <extracomment>申请回退</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve return</source>
        <comment>case action</comment>
        <extracomment>同意回退</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse return</source>
        <comment>case action</comment>
        <extracomment>不同意回退</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request postponement</source>
        <comment>case action</comment>
        <extracomment>申请延期</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve postponement</source>
        <comment>case action</comment>
        <extracomment>同意延期</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse postponement</source>
        <comment>case action</comment>
        <extracomment>不同意延期</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request shelving</source>
        <comment>case action</comment>
        <extracomment>申请挂账</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve shelving</source>
        <comment>case action</comment>
        <extracomment>同意挂账</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse shelving</source>
        <comment>case action</comment>
        <extracomment>不同意挂账</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelve</source>
        <comment>case action</comment>
        <extracomment>解除挂账</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for check</source>
        <comment>case action</comment>
        <extracomment>发核查</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check passed</source>
        <comment>case action</comment>
        <extracomment>核查通过</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <comment>case action</comment>
        <extracomment>核查不通过 (返工)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>case action</comment>
        <extracomment>结案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervise</source>
        <comment>case action</comment>
        <extracomment>督办</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <comment>case action</comment>
        <extracomment>催办</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose on the spot</source>
        <comment>case action</comment>
        <extracomment>自行处置</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information collection</source>
        <comment>stage</comment>
        <extracomment>信息收集</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filing</source>
        <comment>stage</comment>
        <extracomment>案卷建立</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task dispatch</source>
        <comment>stage</comment>
        <extracomment>任务派遣</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task disposal</source>
        <comment>stage</comment>
        <extracomment>任务处理</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal feedback</source>
        <comment>stage</comment>
        <extracomment>处理反馈</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and closing</source>
        <comment>stage</comment>
        <extracomment>核查结案</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <comment>stage</comment>
        <extracomment>综合评价</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: week day %1 must be a list of [&quot;HH:mm&quot;, &quot;HH:mm&quot;] periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: week day %1 has an invalid period %2; expected [&quot;HH:mm&quot;, &quot;HH:mm&quot;] with start before end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: the periods of week day %1 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; of year %2 must be a list of &quot;yyyy-MM-dd&quot; dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: &quot;%1&quot; of year %2 holds an invalid date &quot;%3&quot;; expected yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar: the date %1 is listed under year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref “%1” was already used for another report in this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2 Lines up to %3 are applied; from line %4 on nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” does not belong to that department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel “%1” does not fit the role %2: collectors report through the collector channel, operators register the other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point (%1, %2) lies outside unit grid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown evaluation scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long (at most %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users: login, name, roles, department and whether they are active (never the password hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login	name	roles	department	active	password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of LOGIN (at least %1 characters). The new password is read from standard input, one line, so it appears in neither the process list nor the shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a password of LOGIN as the login form does (read from standard input, one line): print the user&apos;s roles and exit 0, or print the refusal and exit 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl user list|passwd|check [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” holds no role; ask an administrator to assign one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attachment kind “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” has %2 MB; an attachment may have at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a photo (%2); attach JPEG or PNG images, or audio as a voice note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is not stored in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo (repeat for more): before with a report, after with feedback, of the check with checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attached  %1 %2 (%3, %4 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read “lon,lat” lines (EPSG:4490) on standard input and print, for each, the code of the unit grid covering the point, or an empty line outside every grid. A point on a shared edge or corner gets the smallest code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “unit grid,responsibility grid,community” per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: line %1 is not “lon,lat”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: %1 of %2 lines were not “lon,lat”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a map layer to a GeoPackage (.gpkg), GeoJSON (.geojson) or Shapefile (.shp) in EPSG:4490. Layers: unit-grids, responsibility-grids, communities, streets, components, cameras, cases, collectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a layer with --layer (e.g. unit-grids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features of %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import unit grids (polygons) or components (points) from a GeoPackage, GeoJSON or Shapefile. Grids replace the boundary of the grid with the same code or are added, and the whole layer is validated before anything is written (as a supervisor, --as). Components are added with their unit grid found by the geocoder. Map our fields to the file&apos;s with --field ours=theirs (grids: code, community_code, responsibility_code; components: object_code, category_code, name, state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit-grids or components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s layer (default: its first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field mapping, e.g. code=WGBM (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor who imports grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layer takes unit-grids or components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file with --in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field takes OURS=THEIRS, e.g. code=WGBM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids are imported by a supervisor: name one with --as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids saved: %1 changed, %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check every page of the file (PRAGMA quick_check; minutes on a large one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device); give a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both “lon” and “lat”, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line must be one JSON object {…}, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action line needs “case” (a case number or id) or the “ref” of a report earlier in this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action line needs “action” (e.g. accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“type” must be the text “report” or “action”, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds NUL bytes: it is not JSON lines (UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 KiB; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line could not be stored: it breaks a rule of the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point (%1, %2) is not a longitude and latitude in degrees (-180…180, -90…90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which category (e.g. event:0102).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which channel the report came by: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is outside the accepted window %2 … %3 (now plus %4 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension may be at most %1 working hours (%2 working days); %3 were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo “%1” is damaged or incomplete (%2); attach the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG ends before its end marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG ends before its last chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo “%1” has %2 × %3 pixels; at most %4 megapixels are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>a grade and its score range, e.g. &quot;A 90–100&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was renumbered by the hub to %2 (its number had been taken meanwhile); act on it as %2 or by its id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent a password hash format this CityCommand does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments of one step have %1 MB together; at most %2 MB are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work calendar stored in the database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bulletin (通报) of a week, month or quarter: headline figures with 环比 and 同比, red and black lists, overdue cases, top problems, recurring problems and charts, on A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week, month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period: 2026-W48 (week), 2026-11 (month), 2026-Q4 (quarter), in the city&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, odt or xlsx (default: from --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name --kind, --period and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (环比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (同比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pp</source>
        <extracomment>percentage points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the centre received %2 reports and filed %3 cases; %4 were due to close and %5 were closed, a closing rate of %6 (%7 on the previous period, %8 on a year earlier). %9 cases were overdue and still open at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A section heading: 一、总体情况 (the numeral is Chinese in zh)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has not started yet; there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly bulletin of digital city management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly bulletin of digital city management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly bulletin of digital city management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Digital City Management Supervision and Command Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (running: figures as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a bulletin kind: week, month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format is pdf, odt or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was overdue at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases were past their department&apos;s deadline and still open at the end of the period; the %2 longest overdue are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases were past their department&apos;s deadline and still open at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top problems: this period and the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 problems (高发问题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem came back in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems (老不改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed and closed per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed and closed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns (专项整治)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 period; write it like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is 1 to 12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter is 1 to 4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin kind is week, month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (应处置)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department had cases to dispose of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street had cases due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) were evaluated; ranked by the composite score of the evaluation (处置率, 按期处置率, 返工率, 超期率, 延期率).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Departments: red list and black list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red list of departments (红榜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black list of departments (黑榜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets: red list and black list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red list of streets (红榜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black list of streets (黑榜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font “%1” is not installed; Chinese text would not print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 / %2 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>month and day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots %1 – %2: %3 cases in %4 cells of %5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case density in hexagonal cells for the days FROM to TO (inclusive, in the city&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind, 大类 or 小类 (e.g. event, event:01, event:0102).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance between neighbouring cells in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cell-m takes a number of metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems %1 – %2 (%3 × within %4 m and %5 days): %6 places, %7 reworked or reopened cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recurring problems (老不改) of the days FROM to TO: places where the same 小类 keeps being reported, and reworked or reopened cases. Thresholds come from the city&apos;s settings unless given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports within this many metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--radius-m, --min-reports and --window-days take numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotspot period may span at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell size must be %1–%2 m, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no kind, 大类 or 小类 of the category dictionary (e.g. event, event:01, event:0102).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返工 (check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重办 (reopened after closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-01-31 (or give --period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 or FROM..TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures and the evaluation (综合评价) of a period (whole days in the city&apos;s time zone), as of now and as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city, street, community, grid, unit-grid, department, post, channel, kind or class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 环比 (previous period) and 同比 (a year before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is city, street, community, grid, unit-grid, department, post, channel, kind or class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures %1 – %2 by %3 (as of now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish (freeze) a period&apos;s figures, as a shift leader or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the publishing user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift-leader or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as LOGIN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the figures of %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was reported in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems reported most often in the period, against the period of the same length before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (lon, lat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where the same problem was reported %1 times or more within %2 m and %3 days: %4 in the period (the %5 with most reports are listed). %6 cases were reworked or reopened after closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets ranked by the composite score of the region evaluation (结案率, 按期结案率, 监督举报率, 立案数).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city</source>
        <extracomment>the row of the whole city in the evaluation (全市)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty or ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may publish evaluation figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: use 2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 or 2017-01-01..2017-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first, or it starts before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published period is at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1: it can be published from the next day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 – %2 are already published; published figures stay as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports registered in the period, less 不予受理 and 作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed (立案) in the period, 自行处置 included, 作废 not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the period&apos;s valid reports, those filed or fixed on the spot ÷ 受理数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases first dispatched in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the dispatched, those dispatched once (no 回退, no 二次派遣) ÷ 派遣数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched cases whose disposal deadline falls in or before the period and that were not disposed before it, plus those disposed in it; not 挂账 or 作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases whose result was reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处置数 ÷ 应处置数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results reported in the period by the disposal deadline (延期 included) ÷ 应处置数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin method: cases filed before the period&apos;s end whose deadline falls in or before the period and that were not closed before it, plus those closed in it; never 挂账 or 作废. Filed-in-period method: the cases filed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed in the period, 自行处置 included (filed-in-period method: of those filed in it, closed by now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结案数 ÷ 应结案数; &quot;—&quot; when nothing was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the closed, those whose result came by the disposal deadline (自行处置: always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按期结案数 ÷ 应结案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the closed, those without 返工 and dispatched once ÷ 结案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the closed, those with a 返工 ÷ 结案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of 应处置数, those with an approved 延期 ÷ 应处置数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed before the period&apos;s end, not closed at its end, past their disposal deadline (not 挂账)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed before the period&apos;s end that are parked (挂账) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time from dispatch to the result, averaged over the results reported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the filed, those reported by collectors ÷ 立案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the filed, those reported by the public (12319, 12345, WeChat) ÷ 立案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意 and 基本满意 ÷ 回访 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s reports that were filed or fixed on the spot ÷ its reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核实 in time ÷ 核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核查 in time ÷ 核查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理 + 不予受理, scored by the count table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发核实 in time ÷ 发核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发核查 in time ÷ 发核查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案 in time ÷ 立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(立案 − 作废 after 立案) ÷ 立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in time ÷ due for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>派遣 in time ÷ 派遣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>派遣 + 二次派遣, scored by the count table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for disposal, not disposed and past the deadline at the period&apos;s end ÷ 应处置数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结案数 ÷ 应结案数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案数, scored by the count table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation rules are invalid: %1</source>
        <extracomment>%1 says what is wrong in the evaluation rules (setting kpi.rules)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weight &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of &quot;%1&quot; add up to %2, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation rules are invalid: in &quot;%1&quot; a count score weighs more than the heaviest rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grades&quot; lists the lowest scores of A, B, C, D and E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grades&quot; must descend from at most 100 to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;countScores&quot; lists [at least, points] pairs, highest count first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dueMethod&quot; is &quot;bulletin&quot; or &quot;filed-in-period&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;targetCloseRate&quot; is a percentage above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the evaluation&apos;s rules (the setting kpi.rules over the defaults), or set them from a JSON file as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with the rules to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports received (受理数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed (立案数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to close (应结案数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (结案数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate (结案率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time closing rate (按期结案率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time disposal rate (按期处置率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, still open (超期未结数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public satisfaction (群众满意率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the evaluation rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--polygon takes corners as “lon lat, lon lat, …”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a 专项整治 campaign and tag the cases that match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street codes (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility grid codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawn area: “lon lat, lon lat, …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category keys (event:0102) or major classes (event:01); default all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “%1” added: %2 cases tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the 专项整治 campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a 专项整治 campaign has reached: cases, closed, overdue, top places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or id of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl campaign add|list|report [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访: how the caller judged the result: satisfied (满意), basic (基本满意) or unsatisfied (不满意).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corner of the area (%1, %2) is not a longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawn area needs at least 3 different corners (and at most 10,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign runs from a first to a last day, at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign lists at most %1 codes of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no street, community or grid with code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the campaign runs: streets, communities, grids or a drawn area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category “%1” (a key such as event:0102, or a major class such as event:01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a campaign “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <extracomment>回访 result: 满意</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <extracomment>回访 result: 基本满意</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <extracomment>回访 result: 不满意</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 came in through “%2”; only cases of the hotlines and WeChat are called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the caller judged the result: one of %1 (not “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back note may have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has been called back since it was closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is reopened only after the caller said “%2” at the call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no department to dispose of it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <comment>case action</comment>
        <extracomment>回访 (calling the reporter back after closing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>case action</comment>
        <extracomment>重办 (a new disposal round after an unsatisfied call-back)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns running in the period, with their cases from the start to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports accepted</source>
        <comment>published figure</comment>
        <extracomment>受理数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <comment>published figure</comment>
        <extracomment>立案数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing rate</source>
        <comment>published figure</comment>
        <extracomment>立案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <comment>published figure</comment>
        <extracomment>派遣数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate dispatch rate</source>
        <comment>published figure</comment>
        <extracomment>准确派遣率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <comment>published figure</comment>
        <extracomment>应处置数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <comment>published figure</comment>
        <extracomment>处置数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal rate</source>
        <comment>published figure</comment>
        <extracomment>处置率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time disposal rate</source>
        <comment>published figure</comment>
        <extracomment>按期处置率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for closing</source>
        <comment>published figure</comment>
        <extracomment>应结案数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>published figure</comment>
        <extracomment>结案数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate</source>
        <comment>published figure</comment>
        <extracomment>结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in time</source>
        <comment>published figure</comment>
        <extracomment>按期结案数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing-within-limit rate</source>
        <comment>published figure</comment>
        <extracomment>按期结案率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-first-time rate</source>
        <comment>published figure</comment>
        <extracomment>一次完成率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework rate</source>
        <comment>published figure</comment>
        <extracomment>返工率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponement rate</source>
        <comment>published figure</comment>
        <extracomment>延期率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, not closed</source>
        <comment>published figure</comment>
        <extracomment>超期未结数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (挂账)</source>
        <comment>published figure</comment>
        <extracomment>挂账数</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average disposal time (working hours)</source>
        <comment>published figure</comment>
        <extracomment>平均处置时长 (working hours)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector report rate</source>
        <comment>published figure</comment>
        <extracomment>监督举报率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed report rate</source>
        <comment>published figure</comment>
        <extracomment>漏报率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public satisfaction rate</source>
        <comment>published figure</comment>
        <extracomment>群众满意率</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s name (the integration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key for citygate; it is printed once. Requests with it act as the user LOGIN in the operator role (受理员).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the key acts as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME and --as LOGIN are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List citygate&apos;s API keys (never the keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a citygate API key by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body may have at most %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the TLS certificate %1 with the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database (GeoPackage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to serve on (port 0: any free port, printed at start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM): serve HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (zh_CN, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE and --listen ADDR:PORT are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:8311.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a key named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active key named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The api_key is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a GeoReport v2 document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element of the array is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1” is nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &lt;%2&gt;, not &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes an ISO 8601 time such as 2026-12-01T08:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is open, closed or both (open,closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_date must come before end_date, at most %1 days earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most %1 requests at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as application/x-www-form-urlencoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give lat and long in decimal degrees (WGS84/CGCS2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits, +, -, ( ) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point (%1, %2) lies outside the city&apos;s unit grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received as case %1; the centre will handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This path does not take %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such path; /openapi.json lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This api_key may not register reports now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot answer now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token is missing, expired or not valid; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos must be JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 photos per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo may have at most %1 MB, all photos together %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 parts per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“at” must be an ISO 8601 time with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the GNSS point as lon and lat in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“action” must be verify-confirm, verify-reject, check-pass, check-fail or self-dispose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case&apos;s version as the task listed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not in your grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has changed since; reload the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key must be 1 to %1 printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart/form-data body is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Type is not multipart/form-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the acting user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role to act in (shift-leader, admin, collector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a campaign&apos;s survey items, or set them (shift leader or administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items to count, comma-separated (排水井,防汛墙).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a collector the counting task of one unit grid of a survey campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: grid %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes ITEM=CHECKED/PROBLEMS (排水井=120/3), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the counts of a survey task, as the collector it is given to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey day (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM=CHECKED/PROBLEMS, once per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counts of %n item(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List a survey campaign&apos;s counting tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this collector&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 of %5 tasks complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 checked, %3 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey campaign&apos;s results: the totals per item and each grid&apos;s counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl survey items|add-task|tasks|submit|report [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator may define survey items and give survey tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey items need distinct names of 1 to %1 characters (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey counts 1 to %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors have submitted counts for “%1” already: its items stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit grid “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 is not in the area of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” counts no survey items: define them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an active collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 has a survey task of “%2” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the counts of at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: counts are whole numbers from 0 to %2, the problems found at most the number checked, each item once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey day must lie within %1 – %2 and not after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the collector a survey task is given to submits its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no survey task “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This survey task is given to another collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey is counting in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys (专项普查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the collectors checked and found per item and unit grid (the latest counts of each), and each item over all grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawn area&apos;s edges cross each other near %1: draw its outline without crossings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawn area covers only %1 m²; a campaign area needs at least %2 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawn area lies outside the city: it covers none of its unit grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts of “%1” were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every field API token of a user (a lost phone): the phone must log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user whose tokens go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login LOGIN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>citygate&apos;s audit log of writes, newest first: time, login, credential, address, method, path, status, what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from this time on (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 100, at most 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes an ISO 8601 time, --limit 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl api key add|list|revoke, cityctl api token revoke, cityctl api audit [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a minute per API key, token or address (0: none; default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passwords that lock a field login (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they count and lock, in minutes (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit takes 0 to 1000000, --lockout-failures 1 to 1000, --lockout-minutes 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each position is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collector sends their own positions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon and lat are numbers in decimal degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at must be an ISO 8601 time with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position may be at most %1 hours old and %2 seconds ahead of the centre&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy_m is a number of metres from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions is a list of 1 to %1 fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surveyed_on is a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note is text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts is a list of 1 to %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each count is {item: text, checked: whole number, problems: whole number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this login is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: at most %1 a minute; try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback_url must be an http or https URL of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category must be a key of the category dictionary (/open311/v2/services.json), e.g. event:0102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the point as lon and lat in decimal degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a phone number (digits, +, -, ( ), at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not register reports now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the 工单 as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_id must be 1 to %1 printable ASCII characters without a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level must be normal or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform has pushed no 工单 with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report with this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key may use, comma-separated: open311, hotline (12345 工单), citizen (WeChat reports); default all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope is one of %1; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This api_key may not use open311.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 KB: a calendar file has at most 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no holidays for %1: deadlines reaching into %1 are computed without them and flagged. Import the State Council&apos;s notice with `cityctl calendar import FILE --as ADMIN`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years of holidays the work calendar knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone %1, %2 working minutes a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 holidays, %3 make-up workdays%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not vouched for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a year (or years) of holidays and make-up workdays to the work calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;year&quot;: 2027, &quot;holidays&quot;: […], &quot;workdays&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a year the calendar already holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as LOGIN (an administrator) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 holidays, %3 make-up workdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadlines use it at once; deadlines already set stay as they are. Other workstations receive it through the hub and use it from their next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when the calendar lacks this year&apos;s holidays, or from 1 November next year&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar holds the holidays it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl calendar show|import|check [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;years&quot; must be an object keyed by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which year the file holds: &quot;year&quot;: 2027, or &quot;years&quot;: {&quot;2027&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year this calendar can hold (2000–2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no holidays for %1: every year has some, so the file is surely incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a make-up workday but falls on a %2, which is worked anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file holds no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar already holds %1; replace it only on purpose (--replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a notification rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: department[:CODE], unit-head[:CODE], role:ROLE or person:LOGIN (no CODE: the case&apos;s department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text, with fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send in quiet hours too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name, --on, --to, --channel and --template are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notification rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a notification rule by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the default rules that are not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 default rules added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl notify rule add|list|remove|defaults [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a channel&apos;s configuration (JSON read from standard input, so that secrets stay off the command line) or show them all, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say set CHANNEL or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a 12345 platform&apos;s callback signing secret (read from standard input; it is stored, never printed) or list the platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say set PLATFORM or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret of platform %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how notifications reach a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number (SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat open id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the user is the unit head (单位正职): yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit-head takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the quiet hours (city time) in which non-urgent messages wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl notify rule|channel|platform|contact|quiet-hours|scan|send|log [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, to retry %2, failed %3, deferred by quiet hours %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the messages of the 80 % and overdue rules that are due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the queued notifications. With --loop it keeps going (scanning deadlines and sending every --interval seconds) until SIGTERM; killed at any point, the next run sends what is left, under the same message ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between rounds with --loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per batch (their marks commit together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before the first retry (then doubled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch, --backoff and --interval take positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the delivery log, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case (number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only queued, sent, failed or undeliverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” is not a PDF (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified %1 (%2) %3 ✓</source>
        <extracomment>the case timeline: 已通知 县住建局 张三（短信）14:03 ✓</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying %1 (%2) %3 …</source>
        <extracomment>the case timeline: 待通知 县住建局 张三（短信）14:03 … (attempts so far)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying %1 (%2) %3 … retry %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified %1 (%2) %3 ✗ %4</source>
        <extracomment>the case timeline: 通知失败 县住建局 张三（短信）14:03 ✗ 原因</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 needs &quot;url&quot;: an %2 URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel email needs &quot;from&quot;: the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;method&quot; must be POST, PUT or GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;starttls&quot; must be none, try or required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours are written HH:MM-HH:MM (e.g. 22:00-07:00) or off; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the platform (1–64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform secret has 16–1,024 bytes on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 callback</source>
        <extracomment>the 12345 platform&apos;s callback URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recipient “%1”; use department[:CODE], unit-head[:CODE], role:ROLE or person:LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs a name of 1–64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the rule fires: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs 1–500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {%1}; known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who gets the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a rule named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sender is working this outbox; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80% of the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holidays, %3 make-up workdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work calendar has no holidays for %1 yet: deadlines reaching into %1 are computed without them and flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year of holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. It goes to the hub and every workstation; deadlines use it from the next start of CityCommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MB: a configuration file has at most 8 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules in force (dictionary, standards, limits, routing) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote configuration version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the national defaults with this database&apos;s routing to %1 (no version imported yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FILE as an import would and list what it changes; writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes against version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FILE and make it the next configuration version, in force from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration version %1 is in force: %2 categories, %3 routes. Cases reported before keep their limits; other workstations receive it through the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl config export|import|diff FILE [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration version %1 in the database cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: the default department &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: routes[%1] sends %2 to the department &quot;%3&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: routes[%1] names the area &quot;%2&quot;, which is no responsibility grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: cases use the categories %1, which the file removes; keep them (cases keep the rules they were filed under).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration version %1 stored in the database cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 %2 has the limit %3, longer than a year; check the unit (wh, wd, h, m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 is %2, longer than a year; check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: &quot;stageLimits&quot; must be an object of stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: unknown stage &quot;%1&quot; in &quot;stageLimits&quot;; the stages are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 names the category &quot;%2&quot;, which the dictionary does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 names no department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: routes[%1] has the priority %2; a priority is a whole number from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: &quot;routing&quot; must be an object with a list &quot;routes&quot; and an optional &quot;default&quot; department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 overlaps routes[%2]: the same category, area and priority cannot send a case to two places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: categories[%1] has the default level &quot;%2&quot;; use &quot;urgent&quot; or &quot;normal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: the dictionary has no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s code (see `cityctl duty shifts`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nobody on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift on duty now, who is on it, and the handover that ended the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by %1 to %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a shift&apos;s roster, or set it with --leader (and --staff) as a shift leader or administrator, for --day and the following --days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 带班领导&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins on duty, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from --day on (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --shift CODE and a valid --day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days is a number of days, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交接班: hand the shift over to someone on the next shift (--to, --note), or confirm the handover made to you (--confirm, optional --note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next shift&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the handover made to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed the handover of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over to %2 with %3 open items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值班日志: list a day&apos;s entries, add one (--add TEXT, optionally --case NUMBER and --follow-up) or mark a follow-up done (--done ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry it to the next shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a follow-up done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [done]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [follow up]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s work by shift from --from to --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift	reported	filed	dispatched	closed	cases	steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s shifts; --set three (早/中/晚, 8 hours) or --set day (24 hours from 08:00) as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set three or --set day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl duty now|roster|handover|log|figures|shifts [OPTIONS]  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <comment>day, shift name, start, end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>duty day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre has no shifts defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator sets the shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shifts must follow one another around the day without gaps or overlaps, each with its own code (a–z, 0–9, -) and a name; %1 does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shifts cover %1 minutes of the day, not 1,440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 has people on duty from today on; take them off the roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator sets the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shift &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the roster for 1 to 366 days at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is set from a week ago to a year ahead; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads a shift only as a shift leader or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no post of the command hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is handed over to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shift to hand over now: a shift is handed over by someone on its roster, from an hour before its end to two hours after, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on duty in the next shift (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift was handed over to %1; only they confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed this handover already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty log is kept by the command hall&apos;s posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has no open follow-up item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift figures cover 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not let this login act for others: the hub&apos;s administrator grants it with GRANT cc_gateway TO &lt;login&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was written. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hub takes postgresql://LOGIN@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password in --hub: give it in CITYCOMMAND_HUB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name citygate&apos;s hub login: --hub-user LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citygate: the centre&apos;s HTTP service (Open311 GeoReport v2, the field API, the 12345 and citizens&apos; intake, /openapi.json) over the local database, or through a hub (--hub); see docs/citygate.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write through this hub (postgresql://LOGIN@HOST:PORT/DB; password from CITYCOMMAND_HUB_PASSWORD or PGPASSWORD); --db is then its local copy, joined when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citygate&apos;s hub login (else the URL&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only collectors (监督员) and departments&apos; users (专业部门) may use the field API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“action” must be dept-accept, feedback, request-return, request-postpone or request-hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the working hours asked for as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not with your department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gazetteer: %1 street blocks, %2 places, %3 intersections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import streets (lines) or places (points, polygons) into the gazetteer from a GeoPackage, Shapefile, GeoJSON or CSV file through GDAL. Streets map name, aliases, kind, from_left, to_left, from_right, to_right; places map name, aliases, kind, extent_m, address. Importing the same file and layer again replaces its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping ours=theirs, comma separated, e.g. name=NAME,from_left=L_F (default: same names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 street rows and %2 places; the gazetteer has %3 intersections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how many streets, places and intersections the gazetteer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 street rows, %2 places, %3 intersections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl gazetteer import|info --db FILE … (see --help of each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2  %3  %4,%5  grid %6  community %7 %8</source>
        <extracomment>序号 得分 地址 经纬度 单元网格 社区</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityctl: no street, place or intersection matches “%1” [gazetteer.no-match].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: print the gazetteer&apos;s candidates for an address, place or intersection, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --address: at most N candidates (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --address: JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database rolled the group back.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MB: an organisation file has at most 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 departments and %2 users (%3); other workstations receive it through the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the departments and users (never a password) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 departments and %2 users to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FILE and make it the organisation: departments not in it are retired, users not in it deactivated (never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of LOGIN (read from standard input, one line); the hash goes to the hub only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete LOGIN: only a user who never acted on a case or kept duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or activate LOGIN (they keep their history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cityctl org export|diff|import FILE, org passwd|deactivate|activate|delete LOGIN --as ADMIN  (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired and takes no new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: departments[%1] is not an object of texts (code, nameZh, nameEn, type, parent, phone), a level and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: users[%1] is not an object of texts (login, name, department, grid, phone), a list of roles, unitHead and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: not a JSON object with lists of departments and users (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: the file is not of format citycommand-org, version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department &quot;%1&quot;: a code of 1–20 letters, digits, - or _, a Chinese name of 1–80 characters, a level from 1 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department code %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1: its parent &quot;%2&quot; is no other department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: &quot;%2&quot; is no role (operator, shift-leader, dispatcher, department, collector, supervisor, admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 would hold no role: give them one, or deactivate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 works for a department (专业部门) but names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: a login of 1–40 letters, digits, ., @, - or _ and a name of 1–80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: the department &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active administrator would be left: keep at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) are with it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the routing in force sends cases to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 belongs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 cannot be retired: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: the department %2 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: the grid &quot;%2&quot; is no responsibility grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has acted on cases or kept duty and stays in that history: deactivate them instead of deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents of department %1 form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip needs the camera it was cut from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip needs a start before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip may last at most %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip&apos;s SHA-256 must be 64 lower-case hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip is referred to by its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip&apos;s note may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has %1 MB; a case takes clips of at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip grew past %1 MB while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clip at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip at %1 has %2 bytes, not the %3 it was described with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip at %1 is not the one described (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not with your department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip is already attached to case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clip %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoQuickTr</name>
    <message>
        <source>The tile has no picture to attach yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on camera %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoTr</name>
    <message>
        <source>The tile has no picture to capture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the snapshot to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid camera address (rtsp://host[:port]/path): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP multicast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>CityCommand — Video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next page in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cityrec</name>
    <message>
        <source>Records the cameras into a ring of segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the cameras of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera to record (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main (default) or sub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment length in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota per camera in MB (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota of all cameras in MB (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recordings older than this (0: keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the quotas are enforced (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP transport: tcp (default), udp, udp-mcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit when the parent process dies (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--camera wants ID=URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments must be at least 1 s long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export wants --from, --to (ISO 8601) and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a clip of this camera instead of recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip start (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip end (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip file (MP4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest clip in MB (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cityvision</name>
    <message>
        <source>Finds new static objects in the cameras&apos; zones (video analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cityrec&apos;s folder, for clips of the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures analysed per second and camera (at most 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera&apos;s stream URL over the camera table&apos;s (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often zones are read again (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit when the parent process dies (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--camera wants ID=URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
