<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the name in it.</source>
        <translation>
            <numerusform>至少 %n 个字符，且不包含名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AttendanceErrorText</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Another shift already has this name.</source>
        <translation>已有其他班次使用此名称。</translation>
    </message>
    <message>
        <source>Enter a start and an end; they cannot be the same.</source>
        <translation>请输入开始和结束时间，两者不能相同。</translation>
    </message>
    <message>
        <source>The day change must lie between the shift&apos;s end and its start.</source>
        <translation>换日时间必须介于班次的结束时间与开始时间之间。</translation>
    </message>
    <message>
        <source>Minutes cannot be negative.</source>
        <translation>分钟数不能为负数。</translation>
    </message>
    <message>
        <source>The break must be shorter than the shift.</source>
        <translation>休息时间必须短于班次时长。</translation>
    </message>
    <message>
        <source>Rounding needs a step of at least 2 minutes.</source>
        <translation>取整步长至少为 2 分钟。</translation>
    </message>
    <message>
        <source>A weekly schedule still plans this shift. Change the schedule first.</source>
        <translation>仍有每周排班安排了此班次。请先修改排班。</translation>
    </message>
    <message>
        <source>That shift no longer exists.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>Enter a valid date; the last day cannot be before the first.</source>
        <translation>请输入有效日期；结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>That value is not allowed.</source>
        <translation>不允许使用该值。</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>数据库拒绝了此更改。</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>更正必须填写原因。</translation>
    </message>
    <message>
        <source>Pick the employee whose punch this is.</source>
        <translation>请选择这条打卡记录所属的员工。</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>请输入有效的日期和时间。</translation>
    </message>
    <message>
        <source>That punch is not stored.</source>
        <translation>未保存该打卡记录。</translation>
    </message>
    <message>
        <source>That correction is not known.</source>
        <translation>未知的更正记录。</translation>
    </message>
    <message>
        <source>That correction was already revoked.</source>
        <translation>该更正已被撤销。</translation>
    </message>
    <message>
        <source>The period is not valid: the last day is before the first.</source>
        <translation>时间段无效：结束日期早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>The period is too long: a report covers at most %n days.</source>
        <translation>
            <numerusform>时间段太长：报表最多涵盖 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>That employee is not known.</source>
        <translation>未知的员工。</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>This would change the results of a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation>这会改变已关闭期间的结果。管理员可在“报表 → 期间”中重新打开该期间。</translation>
    </message>
    <message>
        <source>This punch&apos;s day is in a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation>这条打卡记录所在的日期属于已关闭的期间。管理员可在“报表 → 期间”中重新打开该期间。</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept with the period for whoever reads its results later.</source>
        <translation>请填写原因：它会随期间一起保存，供日后查看结果的人参考。</translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed: %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation>与已关闭的期间重叠：%1</translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed.</source>
        <translation>与已关闭的期间重叠。</translation>
    </message>
    <message>
        <source>That period is no longer stored.</source>
        <translation>该期间已不在数据库中。</translation>
    </message>
    <message>
        <source>That period was already reopened.</source>
        <translation>该期间已被重新打开。</translation>
    </message>
    <message>
        <source>%1 is closed (%2, %3: %4). A manager can reopen it under Reports → Periods.</source>
        <extracomment>%1 the period, %2 who closed it, %3 the day it was closed, %4 why</extracomment>
        <translation>%1 已关闭（%2，%3：%4）。管理员可在“报表 → 期间”中重新打开。</translation>
    </message>
    <message>
        <source>You may see only the employees of your departments.</source>
        <translation>您只能查看您所属部门的员工。</translation>
    </message>
</context>
<context>
    <name>AuditCsvWriter</name>
    <message>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Commands sent</source>
        <translation>已发送的命令</translation>
    </message>
    <message>
        <source>Commands cancelled</source>
        <translation>已取消的命令</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <source>Punch corrections</source>
        <translation>打卡记录更正</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Attendance settings</source>
        <translation>考勤设置</translation>
    </message>
    <message>
        <source>Payroll periods</source>
        <translation>计薪期间</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>操作员账户</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Console locks</source>
        <translation>控制台锁定</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Operator account</source>
        <translation>操作员账户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Payroll period</source>
        <translation>计薪期间</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Approved a terminal</source>
        <translation>批准了考勤机</translation>
    </message>
    <message>
        <source>Blocked a terminal</source>
        <translation>阻止了考勤机</translation>
    </message>
    <message>
        <source>Renamed a terminal</source>
        <translation>重命名了考勤机</translation>
    </message>
    <message>
        <source>Changed how a terminal is reset</source>
        <translation>更改了考勤机的重启方式</translation>
    </message>
    <message>
        <source>Pinned a terminal to its address</source>
        <translation>绑定了考勤机的地址</translation>
    </message>
    <message>
        <source>Unpinned a terminal&apos;s address</source>
        <translation>解除了考勤机的地址绑定</translation>
    </message>
    <message>
        <source>Sent a command</source>
        <translation>发送了命令</translation>
    </message>
    <message>
        <source>Cancelled a command</source>
        <translation>取消了命令</translation>
    </message>
    <message>
        <source>Added an employee</source>
        <translation>添加了员工</translation>
    </message>
    <message>
        <source>Changed an employee</source>
        <translation>更改了员工信息</translation>
    </message>
    <message>
        <source>Moved an employee to a department</source>
        <translation>更改了员工所属部门</translation>
    </message>
    <message>
        <source>Stored a credential</source>
        <translation>保存了凭证</translation>
    </message>
    <message>
        <source>Erased a person&apos;s personal data</source>
        <translation>删除了某人的个人数据</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data</source>
        <translation>导出了某人的数据</translation>
    </message>
    <message>
        <source>Purged old biometric data</source>
        <translation>清除了旧的生物识别数据</translation>
    </message>
    <message>
        <source>Added a punch</source>
        <translation>添加了打卡记录</translation>
    </message>
    <message>
        <source>Voided a punch</source>
        <translation>作废了打卡记录</translation>
    </message>
    <message>
        <source>Moved a punch</source>
        <translation>移动了打卡记录</translation>
    </message>
    <message>
        <source>Revoked a correction</source>
        <translation>撤销了更正</translation>
    </message>
    <message>
        <source>Entered leave</source>
        <translation>录入了请假</translation>
    </message>
    <message>
        <source>Removed leave</source>
        <translation>删除了请假</translation>
    </message>
    <message>
        <source>Changed a schedule</source>
        <translation>更改了排班</translation>
    </message>
    <message>
        <source>Removed a schedule</source>
        <translation>删除了排班</translation>
    </message>
    <message>
        <source>Added a shift</source>
        <translation>添加了班次</translation>
    </message>
    <message>
        <source>Changed a shift</source>
        <translation>更改了班次</translation>
    </message>
    <message>
        <source>Renamed a shift</source>
        <translation>重命名了班次</translation>
    </message>
    <message>
        <source>Removed a shift</source>
        <translation>删除了班次</translation>
    </message>
    <message>
        <source>Set a holiday</source>
        <translation>设置了节假日</translation>
    </message>
    <message>
        <source>Removed a holiday</source>
        <translation>删除了节假日</translation>
    </message>
    <message>
        <source>Changed the attendance settings</source>
        <translation>更改了考勤设置</translation>
    </message>
    <message>
        <source>Closed a payroll period</source>
        <translation>关闭了计薪期间</translation>
    </message>
    <message>
        <source>Reopened a payroll period</source>
        <translation>重新打开了计薪期间</translation>
    </message>
    <message>
        <source>Created a department</source>
        <translation>创建了部门</translation>
    </message>
    <message>
        <source>Renamed a department</source>
        <translation>重命名了部门</translation>
    </message>
    <message>
        <source>Removed a department</source>
        <translation>删除了部门</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>更改了设置</translation>
    </message>
    <message>
        <source>Created an operator account</source>
        <translation>创建了操作员账户</translation>
    </message>
    <message>
        <source>Disabled an operator account</source>
        <translation>禁用了操作员账户</translation>
    </message>
    <message>
        <source>Enabled an operator account</source>
        <translation>启用了操作员账户</translation>
    </message>
    <message>
        <source>Reset an operator&apos;s password</source>
        <translation>重置了操作员的密码</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>更改了自己的密码</translation>
    </message>
    <message>
        <source>Changed an operator&apos;s role</source>
        <translation>更改了操作员的角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong password</source>
        <translation>登录失败：密码错误</translation>
    </message>
    <message>
        <source>Sign-in refused: too many failures</source>
        <translation>登录被拒绝：失败次数过多</translation>
    </message>
    <message>
        <source>Sign-in refused: account disabled</source>
        <translation>登录被拒绝：账户已禁用</translation>
    </message>
    <message>
        <source>Locked the console</source>
        <translation>锁定了控制台</translation>
    </message>
    <message>
        <source>Unlocked the console</source>
        <translation>解锁了控制台</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>进行了备份</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An object of the audit trail: &quot;Terminal D96584729B906B39&quot;, &quot;Employee 20&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>地址绑定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time before</source>
        <translation>原时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>%1: %2 → %3</source>
        <extracomment>A changed field in the audit trail: &quot;Approval: pending → approved&quot;</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Terminal moved to another address</source>
        <translation>考勤机改用其他地址</translation>
    </message>
    <message>
        <source>Disabled an employee on every terminal</source>
        <translation>在所有考勤机上禁用了员工</translation>
    </message>
    <message>
        <source>Enabled an employee again</source>
        <translation>重新启用了员工</translation>
    </message>
    <message>
        <source>Sent a terminal to enroll an employee</source>
        <translation>让考勤机为员工登记</translation>
    </message>
    <message>
        <source>Cancelled a remote enrollment</source>
        <translation>取消了远程登记</translation>
    </message>
</context>
<context>
    <name>CorrectionTexts</name>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A punch in the corrections log: time and direction</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Added by %1 on %2: %3</source>
        <extracomment>%1 who, %2 when, %3 the reason</extracomment>
        <translation>由 %1 于 %2 添加：%3</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>由 %1 于 %2 作废：%3</translation>
    </message>
    <message>
        <source>Moved from %1 by %2 on %3: %4</source>
        <extracomment>%1 the punch before (time and direction), %2 who, %3 when, %4 the reason</extracomment>
        <translation>由 %2 于 %3 从 %1 移动：%4</translation>
    </message>
</context>
<context>
    <name>DashboardNotices</name>
    <message>
        <source>%1 now talks from %2, was %3 (%4).</source>
        <extracomment>%1 the terminal, %2 its new address, %3 the one before, %4 when (&quot;2 h ago&quot;)</extracomment>
        <translation>%1 现在从 %2 通信，之前为 %3（%4）。</translation>
    </message>
    <message>
        <source>It moved on %1.</source>
        <translation>于 %1 更换了地址。</translation>
    </message>
    <message>
        <source>It is pinned: requests with its ID are served from %1 only.</source>
        <translation>已绑定地址：仅处理来自 %1、带有其 ID 的请求。</translation>
    </message>
    <message>
        <source>An unexpected move is worth a look: another device may be using its ID. Pin the terminal if the new address is right; requests with its ID from any other address are then refused.</source>
        <translation>意外的地址变更值得检查：可能有其他设备在使用它的 ID。如果新地址正确，请绑定该考勤机；之后来自其他任何地址、带有其 ID 的请求都将被拒绝。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An address and how many registrations were refused from it</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Counted since the server started on %1.</source>
        <translation>自服务器于 %1 启动以来的计数。</translation>
    </message>
    <message>
        <source>Refused most: %1.</source>
        <extracomment>%1 addresses with counts, most first</extracomment>
        <translation>被拒绝最多的地址：%1。</translation>
    </message>
    <message>
        <source>Many new terminals from one address can be a device that is not yours: turn automatic approval off in Settings, or allow only your networks.</source>
        <translation>来自同一地址的大量新考勤机可能是不属于您的设备：请在“设置”中关闭自动批准，或只允许您自己的网络。</translation>
    </message>
    <message>
        <source>Approve or block the terminals waiting on the Terminals page to make room. Many new terminals from one address can also be a device that is not yours.</source>
        <translation>请在“考勤机”页面批准或阻止正在等待的考勤机，以腾出名额。来自同一地址的大量新考勤机也可能是不属于您的设备。</translation>
    </message>
    <message>
        <source>The daily removal of old biometrics failed: %1</source>
        <extracomment>%1 why, in the database&apos;s words</extracomment>
        <translation>每日删除旧生物识别数据失败：%1</translation>
    </message>
    <message>
        <source>Last tried on %1. It is tried again every hour while the console or the server runs.</source>
        <translation>上次尝试：%1。控制台或服务器运行期间，每小时重试一次。</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 name, %2 user ID, %3 the date their biometrics are removed</extracomment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation>%2拒绝了来自 %1 的一次注册请求：一小时内自动批准的新考勤机过多。</translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>拒绝了来自 %1 的 %n 次注册请求（最近一次：%2）：一小时内自动批准的新考勤机过多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>拒绝了来自 %1 及其他地址的 %n 次注册请求（最近一次：%2）：一小时内自动批准的新考勤机过多。</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation>%2拒绝了来自 %1 的一次注册请求：等待批准的新考勤机过多。</translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>拒绝了来自 %1 的 %n 次注册请求（最近一次：%2）：等待批准的新考勤机过多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>拒绝了来自 %1 及其他地址的 %n 次注册请求（最近一次：%2）：等待批准的新考勤机过多。</numerusform>
        </translation>
    </message>
    <message>
        <source>The biometrics of %1, inactive for a while, will be removed on %2.</source>
        <extracomment>%1 a person&apos;s name, %2 a date</extracomment>
        <translation>%1 已停用一段时间，其生物识别数据将于 %2 删除。</translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed on %1.</source>
        <extracomment>%1 a date</extracomment>
        <translation>
            <numerusform>%n 名已停用人员的生物识别数据将于 %1 删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed between %1 and %2.</source>
        <extracomment>%1 and %2 dates</extracomment>
        <translation>
            <numerusform>%n 名已停用人员的生物识别数据将于 %1 至 %2 期间删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints, faces, palms and photos are kept for %n days after someone is disabled or on no terminal. To keep a person&apos;s, enable them again or send them to a terminal.</source>
        <translation>
            <numerusform>人员被禁用或不在任何考勤机上后，其指纹、人脸、掌纹和照片会保留 %n 天。要保留某人的这些数据，请重新启用该人员或将其发送到考勤机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup of this data is from %1.</source>
        <extracomment>%1 when (&quot;3 days ago&quot;)</extracomment>
        <translation>此数据的最新备份创建于 %1。</translation>
    </message>
    <message>
        <source>No backup of this data has been made yet.</source>
        <translation>此数据尚未做过任何备份。</translation>
    </message>
    <message>
        <source>The daily backup is off: turn it on in Settings → Backups, or back up now.</source>
        <translation>每日备份已关闭：请在“设置 → 备份”中开启，或立即备份。</translation>
    </message>
    <message>
        <source>The daily backup failed: Settings → Backups says why.</source>
        <translation>每日备份失败：原因可在“设置 → 备份”中查看。</translation>
    </message>
    <message>
        <source>The daily backup runs while the console or the server runs.</source>
        <translation>每日备份在控制台或服务器运行期间进行。</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>创建于 %1。</translation>
    </message>
    <message>
        <source>Another program serves port %1, so this console runs no terminal server: terminals deliver to that program. It may be another copy of Punchclock (“punchclock serve”).</source>
        <extracomment>%1 the port number</extracomment>
        <translation>另一个程序正在使用端口 %1 提供服务，因此本控制台不运行考勤机服务器：考勤机会把数据发送给该程序。它可能是另一个 Punchclock 实例（“punchclock serve”）。</translation>
    </message>
    <message>
        <source>Another copy serves the terminals on port %1: %2 (process %3). This console runs no terminal server; it shows what that one stores when both use the same data.</source>
        <extracomment>%1 the port number, %2 the program&apos;s command line, %3 its process number</extracomment>
        <translation>另一个实例正在端口 %1 上为考勤机提供服务：%2（进程 %3）。本控制台不运行考勤机服务器；当两者使用相同的数据时，本控制台显示该实例保存的内容。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>To run the server here instead, stop that program, then start the server in Settings → Server, or choose another port there and on the terminals.</source>
        <translation>若要改为在本机运行服务器，请停止该程序，然后在“设置 → 服务器”中启动服务器；或者在该处和考勤机上改用其他端口。</translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. If a firewall blocks port %1, open it: %2</source>
        <extracomment>%1 the port number, %2 the command that opens it</extracomment>
        <translation>尚无考勤机连接到本机。如果防火墙阻止了端口 %1，请开放该端口：%2</translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. No firewall tool (ufw, firewalld) is installed here; if another firewall or the router blocks port %1, open it there.</source>
        <extracomment>%1 the port number</extracomment>
        <translation>尚无考勤机连接到本机。本机未安装防火墙工具（ufw、firewalld）；如果其他防火墙或路由器阻止了端口 %1，请在相应设备上开放该端口。</translation>
    </message>
    <message>
        <source>Also check on the terminal (Comm / Network → Server) that it uses this PC&apos;s address and port %1, and that both are on the same network.</source>
        <translation>另请在考勤机上（通讯/网络 → 服务器）检查它是否使用本机的地址和端口 %1，以及两者是否在同一网络中。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>in sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>%1 s ahead</source>
        <translation>快 %1 秒</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>慢 %1 秒</translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation>快 %1 分钟</translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation>慢 %1 分钟</translation>
    </message>
    <message>
        <source>%1 h ahead</source>
        <translation>快 %1 小时</translation>
    </message>
    <message>
        <source>%1 h behind</source>
        <translation>慢 %1 小时</translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation>快 %1 天</translation>
    </message>
    <message>
        <source>%1 days behind</source>
        <translation>慢 %1 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExplanation</name>
    <message>
        <source>Expected</source>
        <translation>应出勤</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break: %1, although the clock shows %2 (the clocks changed that night)</source>
        <extracomment>%1 the planned time, %2 what the clock shows; the night the clocks changed</extracomment>
        <translation>班次时长减去休息时间：%1，尽管时钟显示为 %2（当晚调整了时钟）</translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break</source>
        <translation>班次时长减去休息时间</translation>
    </message>
    <message>
        <source>nothing is planned: a day off in the schedule</source>
        <translation>没有安排：排班中的休息日</translation>
    </message>
    <message>
        <source>nothing is planned: a holiday</source>
        <translation>没有安排：节假日</translation>
    </message>
    <message>
        <source>nothing is planned: a leave day</source>
        <translation>没有安排：请假日</translation>
    </message>
    <message>
        <source>nothing is planned: no schedule applies on this day</source>
        <translation>没有安排：这一天没有适用的排班</translation>
    </message>
    <message>
        <source>not counted yet: the day is still to come</source>
        <translation>尚未计算：这一天还没到</translation>
    </message>
    <message numerus="yes">
        <source>%n complete in→out pair(s), %1 in all</source>
        <translation>
            <numerusform>%n 组完整的上班→下班打卡，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>from the first punch to the last, %1 (first/last pairing)</source>
        <translation>从第一次打卡到最后一次打卡，%1（首末打卡配对）</translation>
    </message>
    <message>
        <source>the clocks went forward that night: %1 less than the clock shows</source>
        <translation>当晚时钟拨快：比时钟显示少 %1</translation>
    </message>
    <message>
        <source>the clocks went back that night: %1 more than the clock shows</source>
        <translation>当晚时钟拨慢：比时钟显示多 %1</translation>
    </message>
    <message>
        <source>%1 of the shift&apos;s %2 break deducted, as it was not punched</source>
        <translation>未打卡休息，已扣除班次 %2 休息时间中的 %1</translation>
    </message>
    <message>
        <source>a break of %1 punched at the terminal, not deducted again</source>
        <translation>在考勤机上打卡的 %1 休息时间，不再重复扣除</translation>
    </message>
    <message numerus="yes">
        <source>rounded to %1 by the shift&apos;s %n-minute rule</source>
        <translation>
            <numerusform>按班次的 %n 分钟取整规则取整为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing can be measured: a punch is missing</source>
        <translation>无法计算：缺少一次打卡</translation>
    </message>
    <message>
        <source>left %1 before the shift&apos;s end, more than its grace of %2</source>
        <translation>比班次结束时间早 %1 离开，超过宽限 %2</translation>
    </message>
    <message>
        <source>arrived %1 after the shift&apos;s start, more than its grace of %2</source>
        <translation>比班次开始时间晚 %1 到岗，超过宽限 %2</translation>
    </message>
    <message>
        <source>left at or after the shift&apos;s end</source>
        <translation>在班次结束时或之后离开</translation>
    </message>
    <message>
        <source>arrived at or before the shift&apos;s start</source>
        <translation>在班次开始时或之前到岗</translation>
    </message>
    <message>
        <source>%1, within the shift&apos;s grace of %2</source>
        <translation>%1，在班次宽限 %2 以内</translation>
    </message>
    <message>
        <source>the departure is missing: nothing is counted against it</source>
        <translation>缺少下班打卡：不计为早退</translation>
    </message>
    <message>
        <source>the arrival is missing: nothing is counted against it</source>
        <translation>缺少上班打卡：不计为迟到</translation>
    </message>
    <message>
        <source>nothing was expected, so nobody is late or leaves early</source>
        <translation>没有应出勤，因此不存在迟到或早退</translation>
    </message>
    <message>
        <source>%1 beyond the plan, at least the shift&apos;s threshold of %2</source>
        <translation>超出计划 %1，达到班次的加班起算 %2</translation>
    </message>
    <message>
        <source>%1 beyond the plan, less than the shift&apos;s threshold of %2: not overtime</source>
        <translation>超出计划 %1，未达到班次的加班起算 %2：不计加班</translation>
    </message>
    <message>
        <source>no time beyond the plan</source>
        <translation>没有超出计划的时间</translation>
    </message>
    <message>
        <source>all work on a day without planned work counts</source>
        <translation>在没有安排工作的日子里，所有工作时间都计入</translation>
    </message>
    <message>
        <source>without a schedule there is no plan to exceed</source>
        <translation>没有排班，就没有可超出的计划</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>&quot;Worked 7:00: 1 complete in→out pair, …&quot;; %1 the figure, %2 its value, %3 why</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>nothing is expected: the employee was disabled on this day</source>
        <translation>没有应出勤：该员工在这一天已被禁用</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>The server could not start: %1</source>
        <translation>服务器无法启动：%1</translation>
    </message>
    <message>
        <source>The administrator could not be created: %1</source>
        <translation>无法创建系统管理员：%1</translation>
    </message>
    <message>
        <source>The database in %1 already has operator accounts. Go back and enter the name and password of one of its administrators, or choose another data folder.</source>
        <translation>%1 中的数据库已有操作员账户。请返回并输入其中一位系统管理员的名称和密码，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The server asks for the password of %1: type it in the Password field, or put it in ~/.pgpass.</source>
        <translation>服务器要求输入 %1 的密码：请在“密码”栏中输入，或写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>your database account</source>
        <translation>您的数据库账户</translation>
    </message>
</context>
<context>
    <name>IntegrationActions</name>
    <message>
        <source>Destination %1 added. Punches stored from now on are queued for it; Replay from… sends earlier ones.</source>
        <translation>已添加目标 %1。从现在起保存的打卡记录会排队发往它；“从…重发”可发送更早的记录。</translation>
    </message>
    <message>
        <source>Destination %1 changed.</source>
        <translation>已修改目标 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Its %n event(s) not delivered yet are removed with it and never sent.</source>
        <translation>
            <numerusform>删除 %1？其 %n 个尚未投递的事件将一并删除，永远不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Its queue is removed with it.</source>
        <translation>删除 %1？其队列将一并删除。</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Destination %1 removed with its queue.</source>
        <translation>已删除目标 %1 及其队列。</translation>
    </message>
    <message>
        <source>%1 delivers again.</source>
        <translation>%1 已恢复投递。</translation>
    </message>
    <message>
        <source>%1 is paused: events are queued for it and none is sent until it is resumed.</source>
        <translation>%1 已暂停：其事件会排队，恢复之前不会发送任何事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 will be sent again, at once.</source>
        <translation>
            <numerusform>%1 的 %n 个事件将立即重发。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is tried again at once.</source>
        <translation>立即重试 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 on are queued again for %2.</source>
        <extracomment>%1 the day, %2 the destination</extracomment>
        <translation>
            <numerusform>%1 起的 %n 个事件已重新排队发往 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Frappe HR · ERPNext</source>
        <translation>Frappe HR · ERPNext</translation>
    </message>
    <message>
        <source>punches</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>changes of employees</source>
        <translation>员工变更</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <extracomment>the timeout of one request to the destination</extracomment>
        <translation>超时 %1 秒</translation>
    </message>
    <message>
        <source>%1 · employee field %2 · API key %3 · %4</source>
        <extracomment>%1 the version, %2 the field of Employee, %3 the API key, %4 the timeout</extracomment>
        <translation>%1 · 员工字段 %2 · API 密钥 %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Batches of up to %n event(s) · %1</source>
        <extracomment>%1 the timeout</extracomment>
        <translation>
            <numerusform>每批最多 %n 个事件 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ERPNext v13</source>
        <translation>ERPNext v13</translation>
    </message>
    <message>
        <source>Frappe HR v14 and later</source>
        <translation>Frappe HR v14 及更高版本</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Change of an employee</source>
        <translation>员工变更</translation>
    </message>
    <message>
        <source>The punch&apos;s number, as the webhook&apos;s punch_id</source>
        <translation>打卡记录的编号，即 webhook 的 punch_id</translation>
    </message>
    <message>
        <source>The correction&apos;s number</source>
        <translation>更正的编号</translation>
    </message>
    <message>
        <source>The number of the change&apos;s record in the audit trail</source>
        <translation>该变更在审计记录中的编号</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>A destination needs a name of at most 100 characters.</source>
        <translation>目标需要一个最多 100 个字符的名称。</translation>
    </message>
    <message>
        <source>There is already a destination called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的目标。</translation>
    </message>
    <message>
        <source>Enter the API key of the Frappe HR user Punchclock signs in as (User → API Access).</source>
        <translation>请输入 Punchclock 登录所用 Frappe HR 用户的 API 密钥（用户 → API 访问）。</translation>
    </message>
    <message>
        <source>The option %1 is needed.</source>
        <translation>需要选项 %1。</translation>
    </message>
    <message>
        <source>The timeout is a whole number of seconds from 1 to 120.</source>
        <translation>超时为 1 到 120 之间的整数秒。</translation>
    </message>
    <message>
        <source>The batch size is a whole number of events from 1 to 500.</source>
        <translation>批量大小为 1 到 500 之间的整数个事件。</translation>
    </message>
    <message>
        <source>Choose the version: Frappe HR v14 and later, or ERPNext v13.</source>
        <translation>请选择版本：Frappe HR v14 及更高版本，或 ERPNext v13。</translation>
    </message>
    <message>
        <source>Name the field of Employee that holds the terminal&apos;s user number (attendance_device_id unless yours is another).</source>
        <translation>请填写 Employee 中保存终端用户编号的字段（除非您的是其他字段，否则为 attendance_device_id）。</translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation>目标的类型不能更改：如需另一种类型，请另行添加。</translation>
    </message>
    <message>
        <source>Choose the day to send again from.</source>
        <translation>请选择从哪一天开始重发。</translation>
    </message>
    <message>
        <source>The option %1 is not accepted: %2</source>
        <extracomment>%1 the option&apos;s name, %2 what it accepts (in English, from the server)</extracomment>
        <translation>不接受选项 %1：%2</translation>
    </message>
    <message>
        <source>Choose what it receives: punches, corrections or changes of employees.</source>
        <translation>请选择接收内容：打卡记录、更正或员工变更。</translation>
    </message>
    <message>
        <source>The secret cannot be sealed: %1.</source>
        <extracomment>%1 why, in English from the server (&quot;cannot create the key file …: Permission denied&quot;)</extracomment>
        <translation>无法加密保存密钥：%1。</translation>
    </message>
    <message>
        <source>The secret cannot be sealed: the key file %1 cannot be used.</source>
        <translation>无法加密保存密钥：无法使用密钥文件 %1。</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>更改被拒绝。</translation>
    </message>
    <message>
        <source>employees by PIN</source>
        <translation>按 PIN 匹配员工</translation>
    </message>
    <message numerus="yes">
        <source>employees by a table of %n user(s)</source>
        <translation>
            <numerusform>按 %n 个用户的对照表匹配员工</numerusform>
        </translation>
    </message>
    <message>
        <source>employees by Badge ID</source>
        <translation>按工牌 ID 匹配员工</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>database %1</source>
        <extracomment>the name of the Odoo database</extracomment>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <extracomment>the id of the Odoo user the API key belongs to</extracomment>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Odoo 19 and later (JSON-2)</source>
        <translation>Odoo 19 及更高版本（JSON-2）</translation>
    </message>
    <message>
        <source>Odoo 17 and 18 (JSON-RPC)</source>
        <translation>Odoo 17 和 18（JSON-RPC）</translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>the PIN on the employee&apos;s HR settings in Odoo</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A table of their own</source>
        <translation>自建对照表</translation>
    </message>
    <message>
        <source>Badge ID</source>
        <extracomment>the Badge ID on the employee&apos;s HR settings in Odoo</extracomment>
        <translation>工牌 ID</translation>
    </message>
    <message>
        <source>%1 receives punches and corrections, not changes of employees.</source>
        <extracomment>%1 the kind of destination</extracomment>
        <translation>%1 接收打卡和更正，不接收员工变更。</translation>
    </message>
    <message>
        <source>Choose the kind: a webhook, Frappe HR · ERPNext or Odoo.</source>
        <translation>请选择类型：Webhook、Frappe HR · ERPNext 或 Odoo。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address beginning with http:// or https:// and naming a server, without a user name or password in it.</source>
        <translation>“%1”不是以 http:// 或 https:// 开头并指明服务器、且不含用户名或密码的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would send the API key in clear across the network: use https://.</source>
        <translation>“%1”会通过网络以明文发送 API 密钥：请使用 https://。</translation>
    </message>
    <message>
        <source>A secret is needed: the webhook&apos;s signing secret (Generate makes one), the API secret of the Frappe HR user, or the API key of the Odoo user.</source>
        <translation>需要密钥：Webhook 的签名密钥（“生成”可创建一个）、Frappe HR 用户的 API 密钥，或 Odoo 用户的 API 密钥。</translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database: Odoo 17 and 18 (JSON-RPC) need it.</source>
        <translation>请输入 Odoo 数据库名称：Odoo 17 和 18（JSON-RPC）需要它。</translation>
    </message>
    <message>
        <source>Enter the number of the Odoo user the API key belongs to.</source>
        <translation>请输入 API 密钥所属 Odoo 用户的编号。</translation>
    </message>
    <message>
        <source>Choose the version: Odoo 17 and 18 (JSON-RPC), or Odoo 19 and later (JSON-2).</source>
        <translation>请选择版本：Odoo 17 和 18（JSON-RPC），或 Odoo 19 及更高版本（JSON-2）。</translation>
    </message>
    <message>
        <source>The Odoo user is a whole number from 1: the user the API key belongs to.</source>
        <translation>Odoo 用户是从 1 开始的整数：即 API 密钥所属的用户。</translation>
    </message>
    <message>
        <source>Choose how employees are found in Odoo: by Badge ID, by PIN or by a table of their own.</source>
        <translation>请选择在 Odoo 中查找员工的方式：按工牌 ID、按 PIN 或按自建对照表。</translation>
    </message>
    <message>
        <source>Fill in the table of employees: each user number of the terminals once, with the number of its employee in Odoo (a whole number from 1).</source>
        <translation>请填写员工对照表：终端上的每个用户编号填写一次，并对应其在 Odoo 中的员工编号（从 1 开始的整数）。</translation>
    </message>
    <message>
        <source>This kind of destination receives punches and corrections, not changes of employees.</source>
        <translation>此类目标接收打卡和更正，不接收员工变更。</translation>
    </message>
</context>
<context>
    <name>JobDescription</name>
    <message>
        <source>Get credential</source>
        <translation>获取凭证</translation>
    </message>
    <message>
        <source>Send credential</source>
        <translation>发送凭证</translation>
    </message>
    <message>
        <source>Set clock</source>
        <translation>设置时钟</translation>
    </message>
    <message>
        <source>Restart terminal</source>
        <translation>重启考勤机</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation>重命名员工</translation>
    </message>
    <message>
        <source>Set privilege</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <source>Get user list</source>
        <translation>获取员工列表</translation>
    </message>
    <message>
        <source>Get logs</source>
        <translation>获取打卡记录</translation>
    </message>
    <message>
        <source>Rename terminal</source>
        <translation>重命名考勤机</translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation>清除所有打卡记录</translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation>清除所有登记数据</translation>
    </message>
    <message>
        <source>Get device status</source>
        <translation>获取设备状态</translation>
    </message>
    <message>
        <source>Send user</source>
        <translation>发送员工</translation>
    </message>
    <message>
        <source>Get user</source>
        <translation>获取员工</translation>
    </message>
    <message>
        <source>Set server address</source>
        <translation>设置服务器地址</translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation>未知命令</translation>
    </message>
    <message>
        <source>Finger %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Palm %1</source>
        <translation>掌纹 %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>静脉</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>凭证 %1</translation>
    </message>
    <message>
        <source>Get logs %1 → %2</source>
        <translation>获取打卡记录 %1 → %2</translation>
    </message>
    <message>
        <source>Get logs since %1</source>
        <translation>获取 %1 以来的打卡记录</translation>
    </message>
    <message>
        <source>Get logs until %1</source>
        <translation>获取 %1 之前的打卡记录</translation>
    </message>
    <message>
        <source>Get all logs</source>
        <translation>获取全部打卡记录</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>删除员工 %1</translation>
    </message>
    <message>
        <source>Get user %1</source>
        <translation>获取员工 %1</translation>
    </message>
    <message>
        <source>Send user %1</source>
        <translation>发送员工 %1</translation>
    </message>
    <message>
        <source>Rename user %1 to %2</source>
        <translation>将员工 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Get user %1: %2</source>
        <translation>获取员工 %1：%2</translation>
    </message>
    <message>
        <source>Send user %1: %2</source>
        <translation>发送员工 %1：%2</translation>
    </message>
    <message>
        <source>Rename terminal to %1</source>
        <translation>将考勤机重命名为 %1</translation>
    </message>
    <message>
        <source>Point terminal at %1:%2</source>
        <translation>将考勤机指向 %1:%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not enrolled on the terminal</source>
        <translation>未在考勤机上登记</translation>
    </message>
    <message>
        <source>The terminal refused the parameters</source>
        <translation>考勤机拒绝了参数</translation>
    </message>
    <message>
        <source>Not supported by this terminal</source>
        <translation>此考勤机不支持</translation>
    </message>
    <message>
        <source>No such user on the terminal</source>
        <translation>考勤机上没有该员工</translation>
    </message>
    <message>
        <source>Nothing stored on the terminal</source>
        <translation>考勤机上没有存储任何内容</translation>
    </message>
    <message>
        <source>The terminal reported an error</source>
        <translation>考勤机报告了错误</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation>已发送到考勤机</translation>
    </message>
    <message>
        <source>Answer unreadable</source>
        <translation>无法读取应答</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The terminal answered, but its answer could not be read (%1)</source>
        <translation>考勤机已应答，但无法读取其应答（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln punches, %1 already known</source>
        <translation>
            <numerusform>已导入 %Ln 条打卡记录，%1 条已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable records skipped</source>
        <translation>
            <numerusform>%1；跳过 %Ln 条无法读取的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users on the terminal</source>
        <translation>
            <numerusform>考勤机上有 %Ln 名员工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1 (%2) with %Ln credentials</source>
        <translation>
            <numerusform>已保存员工 %1（%2），含 %Ln 个凭证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1: %2 (%Ln bytes)</source>
        <translation>
            <numerusform>已保存员工 %1：%2（%Ln 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users, %2 fingerprints, %3 faces, %4 cards, %5 logs</source>
        <translation>%1 名员工，%2 个指纹，%3 个人脸，%4 张卡，%5 条打卡记录</translation>
    </message>
    <message>
        <source>The terminal carried it out</source>
        <translation>考勤机已执行</translation>
    </message>
    <message>
        <source>(binary sizes)</source>
        <extracomment>A key shown among a job&apos;s parameters: the sizes in bytes of the files the job carries</extracomment>
        <translation>（二进制文件大小）</translation>
    </message>
    <message>
        <source>Get keypad activity</source>
        <translation>获取键盘操作记录</translation>
    </message>
    <message>
        <source>Enable or disable user</source>
        <translation>启用或禁用员工</translation>
    </message>
    <message>
        <source>Open door</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Lock or unlock keypad enrollment</source>
        <translation>锁定或解锁键盘登记</translation>
    </message>
    <message>
        <source>Open enrollment screen</source>
        <translation>打开登记界面</translation>
    </message>
    <message>
        <source>Get keypad activity %1 → %2</source>
        <translation>获取键盘操作记录 %1 → %2</translation>
    </message>
    <message>
        <source>Get keypad activity since %1</source>
        <translation>获取 %1 以来的键盘操作记录</translation>
    </message>
    <message>
        <source>Get keypad activity until %1</source>
        <translation>获取 %1 之前的键盘操作记录</translation>
    </message>
    <message>
        <source>Get all keypad activity</source>
        <translation>获取全部键盘操作记录</translation>
    </message>
    <message>
        <source>Enable user %1</source>
        <translation>启用员工 %1</translation>
    </message>
    <message>
        <source>Disable user %1</source>
        <translation>禁用员工 %1</translation>
    </message>
    <message>
        <source>Open door %1</source>
        <translation>打开 %1 号门</translation>
    </message>
    <message>
        <source>Unlock keypad enrollment</source>
        <translation>解锁键盘登记</translation>
    </message>
    <message>
        <source>Lock keypad enrollment</source>
        <translation>锁定键盘登记</translation>
    </message>
    <message>
        <source>Enroll user %1: %2</source>
        <translation>登记员工 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln keypad actions, %1 already known</source>
        <translation>
            <numerusform>已保存 %Ln 条键盘操作记录，%1 条已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln in a layout Punchclock cannot read, kept as bytes</source>
        <translation>
            <numerusform>%1；其中 %Ln 条的格式 Punchclock 无法读取，已按原始字节保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Set privilege of user %1: %2</source>
        <translation>设置员工 %1 的权限：%2</translation>
    </message>
    <message>
        <source>Set clock to %1 (site time)</source>
        <translation>将时钟设为 %1（站点时间）</translation>
    </message>
</context>
<context>
    <name>KeypadActivityText</name>
    <message>
        <source>finger %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>palm %1</source>
        <translation>掌纹 %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>vein</source>
        <translation>静脉</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>凭证 %1</translation>
    </message>
    <message>
        <source>Changed the virtual ID</source>
        <translation>更改了虚拟 ID</translation>
    </message>
    <message>
        <source>Changed the name</source>
        <translation>更改了姓名</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>更改了密码</translation>
    </message>
    <message>
        <source>Changed the shift</source>
        <translation>更改了班次</translation>
    </message>
    <message>
        <source>Changed the privilege</source>
        <translation>更改了权限</translation>
    </message>
    <message>
        <source>Enabled or disabled the user</source>
        <translation>启用或禁用了员工</translation>
    </message>
    <message>
        <source>Changed the card</source>
        <translation>更改了卡</translation>
    </message>
    <message>
        <source>Changed the dates the user is valid</source>
        <translation>更改了员工的有效日期</translation>
    </message>
    <message>
        <source>Changed the time group</source>
        <translation>更改了时间组</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>更改了%1</translation>
    </message>
    <message>
        <source>Changed the user (field %1)</source>
        <translation>更改了员工（字段 %1）</translation>
    </message>
    <message>
        <source>Record of a layout Punchclock cannot read: %1</source>
        <translation>Punchclock 无法读取其格式的记录：%1</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>登记了%1</translation>
    </message>
    <message>
        <source>Enrolled %1 of a manager</source>
        <translation>登记了管理员的%1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>删除了%1</translation>
    </message>
    <message>
        <source>Deleted the fingerprints</source>
        <translation>删除了指纹</translation>
    </message>
    <message>
        <source>Deleted the password</source>
        <translation>删除了密码</translation>
    </message>
    <message>
        <source>Deleted the card</source>
        <translation>删除了卡</translation>
    </message>
    <message>
        <source>Deleted all logs</source>
        <translation>删除了所有打卡记录</translation>
    </message>
    <message>
        <source>Changed the system settings</source>
        <translation>更改了系统设置</translation>
    </message>
    <message>
        <source>Changed the date and time</source>
        <translation>更改了日期和时间</translation>
    </message>
    <message>
        <source>Changed the log settings</source>
        <translation>更改了记录设置</translation>
    </message>
    <message>
        <source>Changed the communication settings</source>
        <translation>更改了通信设置</translation>
    </message>
    <message>
        <source>Changed the access times</source>
        <translation>更改了门禁时段</translation>
    </message>
    <message>
        <source>Changed the door settings</source>
        <translation>更改了门设置</translation>
    </message>
    <message>
        <source>Deleted the face</source>
        <translation>删除了人脸</translation>
    </message>
    <message>
        <source>Deleted the palm</source>
        <translation>删除了掌纹</translation>
    </message>
    <message>
        <source>Deleted the photo</source>
        <translation>删除了照片</translation>
    </message>
    <message>
        <source>Deleted the user</source>
        <translation>删除了员工</translation>
    </message>
    <message>
        <source>Action %1</source>
        <extracomment>A kind of keypad action without a known meaning, by its number</extracomment>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the keypad activity: &quot;7 (Maya Santos)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>It is no longer stored: someone may have removed it meanwhile.</source>
        <translation>已不再保存：可能有人在此期间将其删除了。</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>数据库拒绝了此更改。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a department called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period. %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation>这会改变已关闭期间内各天所适用的每周排班。%1</translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period.</source>
        <translation>这会改变已关闭期间内各天所适用的每周排班。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>There is already an operator with this name.</source>
        <translation>已有同名的操作员。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the name.</source>
        <translation>密码中不得包含名称。</translation>
    </message>
    <message>
        <source>This is the last administrator: make another operator an administrator first.</source>
        <translation>这是最后一位系统管理员：请先将另一位操作员设为系统管理员。</translation>
    </message>
    <message>
        <source>An administrator was created meanwhile, from another console. Sign in with that account.</source>
        <translation>在此期间，另一个控制台已创建了系统管理员。请使用该账户登录。</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>名称或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. An administrator can enable it again.</source>
        <translation>此账户已被禁用。系统管理员可以重新启用它。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>失败次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored safely. Try again.</source>
        <translation>无法安全地保存密码。请重试。</translation>
    </message>
</context>
<context>
    <name>ParameterMessage</name>
    <message>
        <source>Choose a command.</source>
        <translation>请选择命令。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>This command does not take this value.</source>
        <translation>此命令不接受该值。</translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation>该值格式错误。</translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters, digits or _.</source>
        <translation>工号为 1 至 24 个字母、数字或 _。</translation>
    </message>
    <message>
        <source>Choose a finger, password, card, face, palm or vein.</source>
        <translation>请选择指纹、密码、卡、人脸、掌纹或静脉。</translation>
    </message>
    <message>
        <source>The same credential is included twice.</source>
        <translation>同一凭证包含了两次。</translation>
    </message>
    <message>
        <source>Choose User, Manager, Register or Operator.</source>
        <translation>请选择普通员工、管理员、登记员或操作员。</translation>
    </message>
    <message>
        <source>Not a real date and time.</source>
        <translation>不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>The start is after the end.</source>
        <translation>开始时间晚于结束时间。</translation>
    </message>
    <message>
        <source>Enter an IPv4 address such as 192.168.1.20.</source>
        <translation>请输入 IPv4 地址，例如 192.168.1.20。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口为 1 至 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Given twice with different values.</source>
        <translation>给出了两次且值不同。</translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation here.</source>
        <translation>考勤机此处只接受英文字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>Contains a tab, line break or other control character.</source>
        <translation>包含制表符、换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>Too long for the terminal.</source>
        <translation>对考勤机来说太长。</translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation>密码和卡号只能是数字。</translation>
    </message>
    <message>
        <source>Choose enabled or disabled.</source>
        <translation>请选择启用或禁用。</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>A file is attached that nothing uses.</source>
        <translation>附加了一个未被使用的文件。</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>无效。</translation>
    </message>
    <message>
        <source>Longer than %1 characters: some terminals cut names short.</source>
        <translation>超过 %1 个字符：部分考勤机会截断名称。</translation>
    </message>
    <message>
        <source>More than %1 digits: many terminals accept no longer passwords.</source>
        <translation>超过 %1 位数字：许多考勤机不接受更长的密码。</translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>127.x.x.x 是终端自身：终端将再也无法连接到本服务器。请输入本电脑的局域网地址（显示在状态栏中）。</translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>终端无法通过此地址（0.x.x.x、组播或广播地址）连接服务器。请输入本电脑的局域网地址（显示在状态栏中）。</translation>
    </message>
    <message>
        <source>Choose a door from 1 to %1; most terminals drive door 1.</source>
        <translation>请选择 1 至 %1 号门；大多数考勤机控制的是 1 号门。</translation>
    </message>
</context>
<context>
    <name>PayrollProfileText</name>
    <message>
        <source>Employee ID</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Expected hours</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Worked hours</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>正常工时</translation>
    </message>
    <message>
        <source>Overtime hours</source>
        <translation>加班工时</translation>
    </message>
    <message>
        <source>Night hours</source>
        <translation>夜班工时</translation>
    </message>
    <message>
        <source>Hours on holidays</source>
        <translation>节假日工时</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>请假天数</translation>
    </message>
    <message>
        <source>Leave days of other kinds</source>
        <translation>其他类型请假天数</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <source>Times late</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>迟到分钟</translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation>早退次数</translation>
    </message>
    <message>
        <source>Minutes left early</source>
        <translation>早退分钟</translation>
    </message>
    <message>
        <source>Days with a missing punch</source>
        <translation>缺卡天数</translation>
    </message>
    <message>
        <source>The first or last day of the exported period.</source>
        <translation>导出期间的第一天或最后一天。</translation>
    </message>
    <message>
        <source>Days with time worked.</source>
        <translation>有工作时间的天数。</translation>
    </message>
    <message>
        <source>The hours the schedule planned.</source>
        <translation>排班计划的工时。</translation>
    </message>
    <message>
        <source>All hours worked, breaks deducted.</source>
        <translation>全部实际工时，已扣除休息。</translation>
    </message>
    <message>
        <source>Hours worked that are not overtime.</source>
        <translation>不属于加班的实际工时。</translation>
    </message>
    <message>
        <source>Hours worked beyond the plan, and all work on days off and holidays.</source>
        <translation>超出计划的工时，以及休息日和节假日的全部工时。</translation>
    </message>
    <message>
        <source>Hours worked within the night set in the attendance settings.</source>
        <translation>在考勤设置所定夜间时段内的工时。</translation>
    </message>
    <message>
        <source>Hours worked on working days that are holidays.</source>
        <translation>在节假日当天工作日内的工时。</translation>
    </message>
    <message>
        <source>Planned working days on leave of the kind given (every kind when none is given).</source>
        <translation>所填类型的请假所占的计划工作日（未填类型时为所有类型）。</translation>
    </message>
    <message>
        <source>Planned working days on leave of the kinds no other leave column names.</source>
        <translation>其他请假列未列出类型的请假所占的计划工作日。</translation>
    </message>
    <message>
        <source>Planned working days without any punch.</source>
        <translation>没有任何打卡的计划工作日。</translation>
    </message>
    <message>
        <source>Arrivals later than the shift&apos;s grace allows.</source>
        <translation>晚于班次宽限时间的到岗。</translation>
    </message>
    <message>
        <source>Departures earlier than the shift&apos;s grace allows.</source>
        <translation>早于班次宽限时间的离岗。</translation>
    </message>
    <message>
        <source>Days with an arrival or departure missing.</source>
        <translation>缺少上班或下班打卡的天数。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most %1 characters, on one line.</source>
        <translation>方案名称最多 %1 个字符，且只能一行。</translation>
    </message>
    <message>
        <source>“%1” comes with Punchclock and cannot be changed or removed. Save your changes under another name.</source>
        <translation>“%1”是 Punchclock 自带的方案，不能修改或删除。请用其他名称保存您的更改。</translation>
    </message>
    <message>
        <source>Another saved profile is called “%1”.</source>
        <translation>已有另一个保存的方案名为“%1”。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>A profile has at most %1 columns.</source>
        <translation>一个方案最多 %1 列。</translation>
    </message>
    <message>
        <source>This version does not know the column “%1”.</source>
        <translation>此版本不认识列“%1”。</translation>
    </message>
    <message>
        <source>The header is empty.</source>
        <translation>列标题为空。</translation>
    </message>
    <message>
        <source>A header has at most %1 characters, on one line.</source>
        <translation>列标题最多 %1 个字符，且只能一行。</translation>
    </message>
    <message>
        <source>Only a leave column has a kind of leave, of at most %1 characters.</source>
        <translation>只有请假列才有请假类型，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Hours are written as h:mm or as a decimal number.</source>
        <translation>工时写作 h:mm 或小数。</translation>
    </message>
    <message>
        <source>Decimal places go from 0 to %1.</source>
        <translation>小数位数为 0 到 %1。</translation>
    </message>
    <message>
        <source>The decimal separator is a point or a comma.</source>
        <translation>小数分隔符为句点或逗号。</translation>
    </message>
    <message>
        <source>“%1” is not a date format: use d or dd, M or MM, yy or yyyy, each once, with the separators - . / , or a space (such as yyyy-MM-dd or dd.MM.yyyy).</source>
        <translation>“%1”不是日期格式：请使用 d 或 dd、M 或 MM、yy 或 yyyy，各一次，分隔符为 - . / , 或空格（例如 yyyy-MM-dd 或 dd.MM.yyyy）。</translation>
    </message>
    <message>
        <source>Separate the fields with a comma, a semicolon, a tab or |.</source>
        <translation>请用逗号、分号、制表符或 | 分隔字段。</translation>
    </message>
    <message>
        <source>With a comma as the decimal separator, separate the fields with a semicolon or a tab.</source>
        <translation>小数分隔符为逗号时，请用分号或制表符分隔字段。</translation>
    </message>
    <message>
        <source>This is not a payroll profile.</source>
        <translation>这不是工资导出方案。</translation>
    </message>
    <message>
        <source>The saved payroll profiles cannot be read (%1). Only the shipped profiles can be used until an administrator repairs the setting payroll.profiles.</source>
        <extracomment>%1 why the stored text cannot be read, in English</extracomment>
        <translation>无法读取已保存的工资导出方案（%1）。在管理员修复设置 payroll.profiles 之前，只能使用自带的方案。</translation>
    </message>
    <message>
        <source>There is no payroll profile called “%1”.</source>
        <translation>没有名为“%1”的工资导出方案。</translation>
    </message>
    <message>
        <source>Column %1 (%2): %3</source>
        <extracomment>%1 the column&apos;s position, %2 its name, %3 the problem</extracomment>
        <translation>第 %1 列（%2）：%3</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation>报表没有列。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>Only an administrator can manage operator accounts.</source>
        <translation>只有系统管理员可以管理操作员账户。</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>只有系统管理员可以更改设置。</translation>
    </message>
    <message>
        <source>Only an administrator can back up or restore the data.</source>
        <translation>只有系统管理员可以备份或恢复数据。</translation>
    </message>
    <message>
        <source>Only an administrator can erase personal data.</source>
        <translation>只有系统管理员可以删除个人数据。</translation>
    </message>
    <message>
        <source>Only an administrator can export personal data.</source>
        <translation>只有系统管理员可以导出个人数据。</translation>
    </message>
    <message>
        <source>Only a manager of every department can change shifts, holidays and attendance settings.</source>
        <translation>只有负责所有部门的经理可以更改班次、节假日和考勤设置。</translation>
    </message>
    <message>
        <source>Only a manager of every department can close or reopen a period.</source>
        <translation>只有负责所有部门的经理可以关闭或重新打开期间。</translation>
    </message>
    <message>
        <source>Only a manager of every department can change the departments.</source>
        <translation>只有负责所有部门的经理可以更改部门。</translation>
    </message>
    <message>
        <source>Only a manager of %1 can change the schedules and leave of its employees.</source>
        <translation>只有 %1 的经理可以更改其员工的排班和休假。</translation>
    </message>
    <message>
        <source>Only a manager of every department can change the schedules and leave of employees without a department.</source>
        <translation>只有负责所有部门的经理可以更改无部门员工的排班和休假。</translation>
    </message>
    <message>
        <source>Only a manager of %1 can correct punches of its employees.</source>
        <translation>只有 %1 的经理可以更正其员工的打卡记录。</translation>
    </message>
    <message>
        <source>Only a manager of every department can correct punches of employees without a department.</source>
        <translation>只有负责所有部门的经理可以更正无部门员工的打卡记录。</translation>
    </message>
    <message>
        <source>Only an operator or an administrator can manage terminals.</source>
        <translation>只有操作员或系统管理员可以管理考勤机。</translation>
    </message>
    <message>
        <source>Only an operator of %1 can change its employees.</source>
        <translation>只有 %1 的操作员可以更改其员工。</translation>
    </message>
    <message>
        <source>Only an operator of every department can change employees without a department.</source>
        <translation>只有负责所有部门的操作员可以更改无部门的员工。</translation>
    </message>
    <message>
        <source>You may not see the employees of %1.</source>
        <translation>您无权查看 %1 的员工。</translation>
    </message>
    <message>
        <source>You may not see employees without a department.</source>
        <translation>您无权查看无部门的员工。</translation>
    </message>
    <message>
        <source>Only an administrator can see the whole audit trail.</source>
        <translation>只有系统管理员可以查看完整的审计记录。</translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing operator accounts.</source>
        <translation>您的角色（%1）不允许管理操作员账户。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing the settings.</source>
        <translation>您的角色（%1）不允许更改设置。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow backups and restores.</source>
        <translation>您的角色（%1）不允许备份和恢复。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow erasing personal data.</source>
        <translation>您的角色（%1）不允许删除个人数据。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow exporting personal data.</source>
        <translation>您的角色（%1）不允许导出个人数据。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing shifts, holidays and attendance settings.</source>
        <translation>您的角色（%1）不允许更改班次、节假日和考勤设置。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow closing or reopening periods.</source>
        <translation>您的角色（%1）不允许关闭或重新打开期间。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing departments.</source>
        <translation>您的角色（%1）不允许更改部门。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing schedules and leave.</source>
        <translation>您的角色（%1）不允许更改排班和休假。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow correcting punches.</source>
        <translation>您的角色（%1）不允许更正打卡记录。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing terminals.</source>
        <translation>您的角色（%1）不允许管理考勤机。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing employees.</source>
        <translation>您的角色（%1）不允许更改员工。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing reports.</source>
        <translation>您的角色（%1）不允许查看报表。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing the audit trail.</source>
        <translation>您的角色（%1）不允许查看审计记录。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Everything, including operator accounts, settings and backups.</source>
        <translation>所有操作，包括操作员账户、设置和备份。</translation>
    </message>
    <message>
        <source>Shifts, schedules, holidays, leave, corrections and periods, for their departments.</source>
        <translation>所属部门的班次、排班、节假日、休假、更正和期间。</translation>
    </message>
    <message>
        <source>Terminals, their commands, and the employees of their departments.</source>
        <translation>考勤机及其命令，以及所属部门的员工。</translation>
    </message>
    <message>
        <source>Sees the pages and the reports of their departments; changes nothing.</source>
        <translation>查看所属部门的页面和报表；不做任何更改。</translation>
    </message>
    <message>
        <source>Only an operator, a manager or an administrator can see what was done at a terminal&apos;s keypad.</source>
        <translation>只有操作员、经理或系统管理员可以查看在考勤机键盘上执行的操作。</translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing what was done at terminals&apos; keypads.</source>
        <translation>您的角色（%1）不允许查看在考勤机键盘上执行的操作。</translation>
    </message>
</context>
<context>
    <name>PreviewChangeNotice</name>
    <message numerus="yes">
        <source>%n new punches</source>
        <translation>
            <numerusform>%n 条新打卡记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrections</source>
        <translation>
            <numerusform>%n 条更正</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the period shown since this preview.</source>
        <translation>自本次预览以来，所示期间出现了 %1。</translation>
    </message>
    <message>
        <source>The rules, schedules or calendar changed since this preview.</source>
        <translation>自本次预览以来，规则、排班或日历已更改。</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
</context>
<context>
    <name>PunchCsvWriter</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation>考勤机 ID</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>进/出</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>PunchWording</name>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>静脉</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>虹膜</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>掌纹</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>无方向</translation>
    </message>
    <message>
        <source>terminal not approved</source>
        <translation>考勤机未批准</translation>
    </message>
    <message>
        <source>implausible clock</source>
        <translation>时钟不可信</translation>
    </message>
    <message>
        <source>The terminal was waiting for approval when this punch arrived. Approve the terminal if it belongs to you; its punches are kept either way.</source>
        <translation>此打卡记录到达时，考勤机正在等待批准。如果该考勤机属于您，请批准它；无论如何，其打卡记录都会保留。</translation>
    </message>
    <message>
        <source>The terminal&apos;s clock looked wrong: before 2016 (a clock reset after a power loss) or more than a day ahead of this site. Check the terminal&apos;s time.</source>
        <translation>考勤机的时钟似乎有误：早于 2016 年（断电后时钟被重置），或比本站点快一天以上。请检查考勤机的时间。</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Punchclock cannot start</source>
        <translation>Punchclock 无法启动</translation>
    </message>
    <message>
        <source>The data folder %1 is not available. Connect the disk that holds it and start Punchclock again, or start it with --db to open another database.</source>
        <translation>数据文件夹 %1 不可用。请连接存放它的磁盘后重新启动 Punchclock，或使用 --db 启动以打开另一个数据库。</translation>
    </message>
    <message>
        <source>Punchclock is already open on %1: its window was brought to the front. This copy exits.</source>
        <translation>Punchclock 已打开 %1：已将其窗口切换到前台。本实例将退出。</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>your database account</source>
        <translation>您的数据库账户</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/dbname.</source>
        <translation>数据库文件，或 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>The database %1 is damaged:
%2

</source>
        <translation>数据库 %1 已损坏：
%2

</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore. Keep a copy of the damaged file and ask for help before anything writes to it.</source>
        <translation>%1 中没有可恢复的备份。请先保留损坏文件的副本，并在任何程序写入它之前寻求帮助。</translation>
    </message>
    <message>
        <source>Keep a copy of the damaged file, then restore the newest backup, %1, with this command and start Punchclock again:
%2</source>
        <translation>请先保留损坏文件的副本，然后用以下命令恢复最新的备份 %1，再重新启动 Punchclock：
%2</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Stop the terminal server?</source>
        <translation>要停止考勤机服务器吗？</translation>
    </message>
    <message>
        <source>Quitting Punchclock stops the terminal server on this PC.</source>
        <translation>退出 Punchclock 将停止本机上的考勤机服务器。</translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running in the system tray, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <extracomment>%1 the command that starts the background service</extracomment>
        <translation>不会丢失任何数据：考勤机会保留其打卡记录，并在服务器恢复后重新发送。

要继续为考勤机提供服务，请让 Punchclock 在系统托盘中保持运行，或将服务器作为随电脑启动的后台服务运行：%1（它使用 /var/lib/punchclock 中自己的数据）。</translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running minimised, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <translation>不会丢失任何数据：考勤机会保留其打卡记录，并在服务器恢复后重新发送。

要继续为考勤机提供服务，请让 Punchclock 最小化后保持运行，或将服务器作为随电脑启动的后台服务运行：%1（它使用 /var/lib/punchclock 中自己的数据）。</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>在托盘中保持运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>保持运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation>退出并停止服务器(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>不再询问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Daily attendance</source>
        <translation>每日考勤</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Timecard</source>
        <translation>考勤卡</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>首次上班</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>最后下班</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Early leave</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <source>Times late</source>
        <translation>迟到次数</translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation>早退次数</translation>
    </message>
    <message>
        <source>Missing punches</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Missing punch</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A report&apos;s period: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <source>Employee: %1 %2</source>
        <extracomment>%1 the user ID, %2 the name</extracomment>
        <translation>员工：%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Generated %1 by Punchclock %2</source>
        <extracomment>%1 the date and time, %2 the program&apos;s version</extracomment>
        <translation>由 Punchclock %2 于 %1 生成</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>正常出勤</translation>
    </message>
    <message>
        <source>Missing arrival</source>
        <translation>缺上班卡</translation>
    </message>
    <message>
        <source>Missing departure</source>
        <translation>缺下班卡</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>无排班</translation>
    </message>
    <message>
        <source>%1 (nothing counted yet)</source>
        <extracomment>The period runs past today: %1 the period, %2 the last day counted</extracomment>
        <translation>%1（尚未计算）</translation>
    </message>
    <message>
        <source>%1 (to date: %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No schedule on some days: %1. Nothing is expected of them then, so no absence, lateness or overtime; their hours are counted. Set a schedule under Rules.</source>
        <translation>部分日期无排班：%1。这些日期对其没有应出勤要求，因此不计缺勤、迟到或加班；其工时照常计算。请在“规则”中设置排班。</translation>
    </message>
</context>
<context>
    <name>ServerAddressConfirmation</name>
    <message>
        <source>Change where %1 sends its data</source>
        <translation>更改 %1 发送数据的目标</translation>
    </message>
    <message>
        <source>%1 will talk only to %2, port %3, from its next restart on.</source>
        <translation>从下次重启起，%1 将只与 %2（端口 %3）通信。</translation>
    </message>
    <message>
        <source>If this address or port is wrong, the terminal is cut off from this console until someone changes the server address on its own keypad.</source>
        <translation>如果此地址或端口有误，考勤机将与本控制台失联，直到有人在其键盘上更改服务器地址为止。</translation>
    </message>
    <message>
        <source>&amp;Send to %1:%2</source>
        <translation>发送到 %1:%2(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Listening on port %1 (no network address found)</source>
        <translation>正在监听端口 %1（未找到网络地址）</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>正在监听 %1:%2</translation>
    </message>
    <message>
        <source>Terminals reach this PC at: %1, port %2</source>
        <translation>考勤机通过以下地址连接本机：%1，端口 %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>Server not running: %1</source>
        <translation>服务器未运行：%1</translation>
    </message>
    <message>
        <source>Terminals cannot deliver punches until the server runs. Check Settings.</source>
        <translation>服务器运行前，考勤机无法上传打卡记录。请检查设置。</translation>
    </message>
    <message>
        <source>No terminals yet</source>
        <translation>尚无考勤机</translation>
    </message>
    <message numerus="yes">
        <source>%1/%n terminals online</source>
        <translation>
            <numerusform>%1/%n 台考勤机在线</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs pending</source>
        <translation>没有待处理的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) pending</source>
        <translation>
            <numerusform>%n 个任务待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) waiting for approval</source>
        <translation>
            <numerusform>%n 台考勤机等待批准</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved terminals</source>
        <translation>没有已批准的考勤机</translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>automatic clock sync</source>
        <translation>自动时钟同步</translation>
    </message>
    <message>
        <source>automatic status refresh</source>
        <translation>自动状态刷新</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <extracomment>A job&apos;s timeline: %1 who queued it (an operator, &quot;automatic clock sync&quot;)</extracomment>
        <translation>由 %1 加入队列</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <extracomment>A job&apos;s timeline: %1 the operator who cancelled it</extracomment>
        <translation>由 %1 取消</translation>
    </message>
    <message>
        <source>the terminal polled again without answering</source>
        <translation>考勤机再次轮询但未应答</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <extracomment>%1 an address, %2 a port, %3 why, in the system&apos;s words</extracomment>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved; the database may be busy. Try again.</source>
        <translation>无法保存设置，数据库可能正忙。请重试。</translation>
    </message>
</context>
<context>
    <name>SiteTimeText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TerminalCommands</name>
    <message>
        <source>%1 is approved.</source>
        <translation>已批准 %1。</translation>
    </message>
    <message>
        <source>Block terminal</source>
        <translation>阻止考勤机</translation>
    </message>
    <message>
        <source>Block %1? Its punches and polls are refused until you approve it again.</source>
        <translation>要阻止 %1 吗？在您再次批准之前，它的打卡记录和轮询都会被拒绝。</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>已阻止 %1。</translation>
    </message>
    <message>
        <source>%1 could not be changed: it is no longer in the database.</source>
        <translation>无法更改 %1：它已不在数据库中。</translation>
    </message>
    <message>
        <source>Renaming %1 to %2 is queued.</source>
        <translation>已将“%1 重命名为 %2”加入队列。</translation>
    </message>
    <message>
        <source>Setting the clock of %1 is queued.</source>
        <translation>已将“设置 %1 的时钟”加入队列。</translation>
    </message>
    <message>
        <source>Asking %1 for its counts is queued.</source>
        <translation>已将“向 %1 查询数量”加入队列。</translation>
    </message>
    <message>
        <source>Restarting %1 is queued.</source>
        <translation>已将“重启 %1”加入队列。</translation>
    </message>
    <message>
        <source>Pulling the user list of %1 is queued.</source>
        <translation>已将“获取 %1 的员工列表”加入队列。</translation>
    </message>
    <message>
        <source>Pulling logs from %1 is queued.</source>
        <translation>已将“从 %1 获取打卡记录”加入队列。</translation>
    </message>
    <message>
        <source>Pointing %1 at %2 is queued.</source>
        <translation>已将“将 %1 指向 %2”加入队列。</translation>
    </message>
    <message>
        <source>Pointing %1 at %2 and restarting it are queued.</source>
        <translation>已将“将 %1 指向 %2 并重启”加入队列。</translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation>清除所有打卡记录</translation>
    </message>
    <message>
        <source>This deletes every punch stored on %1. Punches already on this PC stay; punches not yet pulled are lost for good.</source>
        <translation>这将删除 %1 上存储的所有打卡记录。已在本机上的打卡记录会保留；尚未获取的打卡记录将永久丢失。</translation>
    </message>
    <message>
        <source>Clear &amp;logs</source>
        <translation>清除打卡记录(&amp;L)</translation>
    </message>
    <message>
        <source>Clearing the logs of %1 is queued.</source>
        <translation>已将“清除 %1 的打卡记录”加入队列。</translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation>清除所有登记数据</translation>
    </message>
    <message>
        <source>This deletes every user, fingerprint, face, card and password on %1. Nobody can punch there until users are sent to it again.</source>
        <translation>这将删除 %1 上的所有员工、指纹、人脸、卡和密码。在重新发送员工之前，任何人都无法在该考勤机上打卡。</translation>
    </message>
    <message>
        <source>Clear &amp;enrollments</source>
        <translation>清除登记数据(&amp;E)</translation>
    </message>
    <message>
        <source>Clearing the enrollments of %1 is queued.</source>
        <translation>已将“清除 %1 的登记数据”加入队列。</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>任务 %1 已重新加入队列。</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;job:%2&quot;&gt;Open the job&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;job:%2&quot;&gt;打开任务&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 has moved again, to %2: it is not pinned. Check the new address before you pin it.</source>
        <translation>%1 再次更换了地址，现为 %2：未绑定。请先核实新地址，再进行绑定。</translation>
    </message>
    <message>
        <source>%1 is pinned to %2: requests with its ID from any other address are refused.</source>
        <translation>已将 %1 绑定到 %2：来自其他任何地址、带有其 ID 的请求都将被拒绝。</translation>
    </message>
    <message>
        <source>%1 is no longer pinned: it is served from any address it talks from.</source>
        <translation>已解除 %1 的地址绑定：无论它从哪个地址通信，都会处理其请求。</translation>
    </message>
    <message>
        <source>Downloading the keypad activity of %1 is queued.</source>
        <translation>已将“下载 %1 的键盘操作记录”加入队列。</translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>There is no terminal %1 any more.</source>
        <translation>考勤机 %1 已不存在。</translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>本机上没有保存员工 %1。</translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation>未选择要发送到的考勤机。</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>数据库拒绝了此更改；未加入任何任务。</translation>
    </message>
    <message>
        <source>The date or time is not valid.</source>
        <translation>日期或时间无效。</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>范围的开始时间晚于结束时间。</translation>
    </message>
    <message>
        <source>The address is not an IPv4 address such as 192.168.1.20.</source>
        <translation>该地址不是 IPv4 地址（例如 192.168.1.20）。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 至 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation.</source>
        <translation>考勤机只接受英文字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>The name must not contain tabs or line breaks.</source>
        <translation>名称不能包含制表符或换行符。</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The command could not be built (error %1).</source>
        <translation>无法生成命令（错误 %1）。</translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>127.x.x.x 是终端自身：终端将再也无法连接到本服务器。请使用本电脑的局域网地址（显示在状态栏中）。</translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation>终端无法通过此地址（0.x.x.x、组播或广播地址）连接服务器。请使用本电脑的局域网地址（显示在状态栏中）。</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first.</source>
        <translation>员工 %1 仅见于某台考勤机的员工列表，从未读取过其姓名、权限和凭证。发送该员工会清除考勤机上的这些信息：请先从考勤机获取该员工。</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Backup number %1</source>
        <translation>备用编号 %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>普通员工</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Enroller</source>
        <translation>登记员</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message numerus="yes">
        <source>Finger ×%n</source>
        <translation>
            <numerusform>指纹 ×%n</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters (A–Z), digits or underscores.</source>
        <translation>工号为 1 至 24 个字母（A–Z）、数字或下划线。</translation>
    </message>
    <message>
        <source>Terminals store no credential under this number.</source>
        <translation>考勤机不会以此编号存储凭证。</translation>
    </message>
    <message>
        <source>The same credential is given twice.</source>
        <translation>同一凭证给出了两次。</translation>
    </message>
    <message>
        <source>Choose User, Manager, Enroller or Operator.</source>
        <translation>请选择普通员工、管理员、登记员或操作员。</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character.</source>
        <translation>名称包含制表符、换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation>密码和卡号只能是数字。</translation>
    </message>
    <message>
        <source>The credential file is empty.</source>
        <translation>凭证文件为空。</translation>
    </message>
    <message>
        <source>The terminal command could not be built (error %1).</source>
        <translation>无法生成考勤机命令（错误 %1）。</translation>
    </message>
    <message>
        <source>There is no terminal %1.</source>
        <translation>没有考勤机 %1。</translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>本机上没有保存员工 %1。</translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation>未选择要发送到的考勤机。</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>数据库拒绝了此更改；未加入任何任务。</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch it first (Fetch from terminal…) or copy it from a terminal that holds it.</source>
        <translation>员工 %1 仅见于某台考勤机的员工列表，从未读取过其姓名、权限和凭证。发送该员工会清除考勤机上的这些信息：请先获取该员工（“从考勤机获取…”），或从拥有该员工的考勤机复制。</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters; shorten it.</source>
        <translation>
            <numerusform>名称最多 %n 个字符；请缩短。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AdministratorPage</name>
    <message>
        <source>Your administrator account</source>
        <translation>您的系统管理员账户</translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own, and every change records who made it. This first account may do everything, including adding the others under Settings → Operators.</source>
        <translation>每个人都使用自己的账户登录控制台，每次更改都会记录是谁做的。这第一个账户可以执行所有操作，包括在“设置 → 操作员”中添加其他账户。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ArrivalsChart</name>
    <message>
        <source>Arrivals</source>
        <translation>到岗</translation>
    </message>
    <message>
        <source>Arrivals per hour today</source>
        <translation>今日每小时到岗人数</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttendanceSettingsDialog</name>
    <message>
        <source>Attendance settings</source>
        <translation>考勤设置</translation>
    </message>
    <message>
        <source>In and out as the terminal records them</source>
        <translation>按考勤机记录的进/出</translation>
    </message>
    <message>
        <source>First punch of the day is in, last is out</source>
        <translation>每天第一次打卡为进，最后一次为出</translation>
    </message>
    <message>
        <source>Choose “first and last” for terminals that switch in/out by time of day or where staff forget to press the right key.</source>
        <translation>如果考勤机按时段自动切换进/出，或员工常忘记按正确的键，请选择“第一次和最后一次”。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A second punch this soon after the previous one counts as the same punch.</source>
        <translation>在上一次打卡后这么短时间内的第二次打卡，视为同一次打卡。</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>配对方式(&amp;P)：</translation>
    </message>
    <message>
        <source>Same punch &amp;within:</source>
        <translation>视为同一次打卡的间隔(&amp;W)：</translation>
    </message>
    <message>
        <source>A change applies to every day that is not in a closed period. A closed period keeps the settings it was closed with, so its results stay as they were signed off.</source>
        <translation>更改适用于所有不在已关闭期间内的日期。已关闭的期间保留关闭时的设置，因此其结果保持签核时的样子。</translation>
    </message>
    <message>
        <source>Which punch of a day is an arrival and which a departure.</source>
        <translation>每天哪次打卡算上班、哪次算下班。</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end of the night window: 22:00 to 06:00</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Night from:</source>
        <translation>夜间时段(&amp;N)：</translation>
    </message>
    <message>
        <source>Work between these times counts as night hours in payroll exports.</source>
        <translation>这两个时间之间的工作在工资导出中计为夜班工时。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttentionList</name>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>没有需要您处理的事项。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>阻止(&amp;B)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Sync time</source>
        <translation>同步时间</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Pin to this address</source>
        <translation>绑定到此地址(&amp;P)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditDetailsPane</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>选择一条记录以在此查看。</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation>更改前后的值</translation>
    </message>
    <message>
        <source>Each record holds a hash of its content and of the record before it: a record changed or removed afterwards breaks the chain there.</source>
        <translation>每条记录都包含其内容及上一条记录的哈希值：事后被修改或删除的记录会使哈希链在该处断开。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who made a change and as what: &quot;anna (Operator)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <extracomment>The record&apos;s number and its hash in the audit trail&apos;s chain</extracomment>
        <translation>记录 %1 · %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditFilterBar</name>
    <message>
        <source>Every change</source>
        <translation>所有更改</translation>
    </message>
    <message>
        <source>Any object</source>
        <translation>任意对象</translation>
    </message>
    <message>
        <source>A user id, a terminal&apos;s dev_id, an operator&apos;s name…</source>
        <translation>工号、考勤机的 dev_id、操作员名称…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W)：</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>The exact ID</source>
        <translation>准确的 ID</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditPage</name>
    <message>
        <source>The audit trail could not be read from the database. Press F5 to try again.</source>
        <translation>无法从数据库读取审计记录。请按 F5 重试。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>验证哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Check that no record was changed or removed since it was written</source>
        <translation>检查是否有记录在写入后被修改或删除</translation>
    </message>
    <message>
        <source>Save the records matching the filters as a CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的记录保存为 CSV 文件 (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n records; scroll for older ones</source>
        <translation>
            <numerusform>最新的 %n 条记录；滚动可查看更早的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>验证审计记录</translation>
    </message>
    <message>
        <source>chain intact at %1</source>
        <translation>哈希链完好（%1 验证）</translation>
    </message>
    <message numerus="yes">
        <source>All %n records are as they were written.</source>
        <translation>
            <numerusform>全部 %n 条记录都与写入时一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last record&apos;s hash is %1. Note it somewhere else (on paper, in an e-mail): only a copy kept outside this database shows records cut off the end.</source>
        <translation>最后一条记录的哈希值为 %1。请将其记在别处（纸上、电子邮件中）：只有保存在此数据库之外的副本，才能发现末尾被截掉的记录。</translation>
    </message>
    <message>
        <source>chain broken at record %1</source>
        <translation>哈希链在记录 %1 处断开</translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the record before record %1 is missing or was changed.</source>
        <translation>审计记录在写入后被更改：记录 %1 之前的那条记录缺失或已被修改。</translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the content of record %1 is not what was written.</source>
        <translation>审计记录在写入后被更改：记录 %1 的内容与写入时不一致。</translation>
    </message>
    <message>
        <source>Every record from there on is suspect; keep a copy of the database file before anything else.</source>
        <translation>从该处起的每条记录都不可信；请先保存一份数据库文件的副本，再做其他操作。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit trail: %n records…</source>
        <translation>
            <numerusform>正在导出审计记录：%n 条…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up &amp;every day</source>
        <translation>每天备份(&amp;E)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>立即备份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder for the daily backups, best on another disk</source>
        <translation>每日备份的存放文件夹，最好位于另一块磁盘上</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>保留的备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 已存在，已保持原样。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists, is writable and has free space.</source>
        <translation>无法写入 %1（%2）。请检查该文件夹是否存在、是否可写以及是否有剩余空间。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Punchclock backup: it is not a database file.</source>
        <translation>%1 不是 Punchclock 备份：它不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation>%1 已损坏，无法恢复（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>%1 is a database, but not one of Punchclock (it has no “%2” table).</source>
        <translation>%1 是数据库，但不是 Punchclock 的数据库（其中没有“%2”表）。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Punchclock. Update Punchclock on this PC, then restore it.</source>
        <translation>%1 是由较新版本的 Punchclock 创建的。请先在本机上更新 Punchclock，再进行恢复。</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the data was left unchanged (%2).</source>
        <translation>恢复 %1 失败；数据未被更改（%2）。</translation>
    </message>
    <message>
        <source>The daily backup needs a folder. Turn it off first to clear the folder.</source>
        <translation>每日备份需要一个文件夹。请先关闭每日备份，再清空文件夹。</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, e.g. /media/backup/punchclock.</source>
        <translation>请填写文件夹的完整路径，例如 /media/backup/punchclock。</translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation>无法创建或写入 %1。</translation>
    </message>
    <message>
        <source>Choose a folder for the daily backup first.</source>
        <translation>请先为每日备份选择一个文件夹。</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1，到 %2</translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>将数据库备份到</translation>
    </message>
    <message>
        <source>Punchclock backups (*.sqlite)</source>
        <translation>Punchclock 备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>从以下位置恢复数据库</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要恢复此备份吗？</translation>
    </message>
    <message>
        <source>Replace all data with the backup %1 from %2?</source>
        <translation>要用 %2 的备份 %1 替换所有数据吗？</translation>
    </message>
    <message>
        <source>Every terminal, user, punch, job and setting is replaced. What the database holds now is lost unless you back it up first. The server goes on with the restored data.</source>
        <translation>所有考勤机、员工、打卡记录、任务和设置都会被替换。除非先进行备份，否则数据库中的现有数据将会丢失。服务器将使用恢复后的数据继续运行。</translation>
    </message>
    <message>
        <source>&amp;Replace all data</source>
        <translation>替换所有数据(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Last daily backup:</source>
        <translation>上次每日备份：</translation>
    </message>
    <message>
        <source>Last backup by hand:</source>
        <translation>上次手动备份：</translation>
    </message>
    <message>
        <source>Backups work with SQLite and PostgreSQL databases only.</source>
        <translation>备份仅适用于 SQLite 和 PostgreSQL 数据库。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ClosedPeriodTableModel</name>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>重新打开人</translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation>重新打开时间</translation>
    </message>
    <message>
        <source>Why reopened</source>
        <translation>重新打开原因</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CommandBuilderDialog</name>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>危险操作</translation>
    </message>
    <message>
        <source>The terminal %1 is not known to the console.</source>
        <translation>控制台不认识考勤机 %1。</translation>
    </message>
    <message>
        <source>The user %1 is not in the store.</source>
        <translation>存储中没有员工 %1。</translation>
    </message>
    <message>
        <source>There is no terminal to send to.</source>
        <translation>没有可发送到的考勤机。</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued. Try again.</source>
        <translation>数据库拒绝了此更改；未加入任何任务。请重试。</translation>
    </message>
    <message>
        <source>New command</source>
        <translation>新建命令</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>搜索命令</translation>
    </message>
    <message>
        <source>Fin&amp;d command:</source>
        <translation>查找命令(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What will be sent</source>
        <translation>将发送的内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the terminal to send to.</source>
        <translation>请选择要发送到的考勤机。</translation>
    </message>
    <message>
        <source>Not valid yet: see the messages above.</source>
        <translation>尚无效：请查看上面的提示。</translation>
    </message>
    <message>
        <source>Files attached: %1</source>
        <translation>附加的文件：%1</translation>
    </message>
    <message>
        <source>Nothing is sent beyond the command itself.</source>
        <translation>除命令本身外，不发送任何其他内容。</translation>
    </message>
    <message>
        <source>Delete this user and all their credentials from %1?</source>
        <translation>要从 %1 删除此员工及其所有凭证吗？</translation>
    </message>
    <message>
        <source>Restart %1? Commands queued for it before the restart are ignored by the terminal.</source>
        <translation>要重启 %1 吗？重启前为其排队的命令将被考勤机忽略。</translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first (GET_USER_INFO).</source>
        <translation>员工 %1 仅见于某台考勤机的员工列表，从未读取过其姓名、权限和凭证。发送该员工会清除考勤机上的这些信息：请先从考勤机获取该员工（GET_USER_INFO）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters: it will keep &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 只保留前 %n 个字符：将保留“%2”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this command?</source>
        <translation>要放弃此命令吗？</translation>
    </message>
    <message>
        <source>The values you entered are lost. Discard the command?</source>
        <translation>您输入的值将会丢失。要放弃此命令吗？</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type the terminal&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>请输入考勤机的名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleContext</name>
    <message>
        <source>Database unreachable since %1: terminals are answered with errors and send their punches again; the server reconnects by itself.</source>
        <translation>自 %1 起无法连接数据库：考勤机收到错误应答并会重新发送打卡记录；服务器会自动重新连接。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleTray</name>
    <message>
        <source>Punchclock: the terminal server is running</source>
        <translation>Punchclock：考勤机服务器正在运行</translation>
    </message>
    <message>
        <source>&amp;Open Punchclock</source>
        <translation>打开 Punchclock(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation>退出并停止服务器(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CorrectionsDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更正后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Corrections of punches</source>
        <translation>打卡记录更正</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Required: why, e.g. “forgot to punch out, confirmed by supervisor”</source>
        <translation>必填：原因，例如“忘记下班打卡，已由主管确认”</translation>
    </message>
    <message>
        <source>&amp;Add punch</source>
        <translation>添加打卡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Void selected</source>
        <translation>作废所选(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Move selected here</source>
        <translation>将所选移到此处(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>员工(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>方向(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Corrections of this employee, newest first:</source>
        <translation>该员工的更正记录，最新的在前：</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>Re&amp;voke selected correction…</source>
        <translation>撤销所选更正(&amp;V)…</translation>
    </message>
    <message>
        <source>Cancel the correction selected in the log, with the reason entered above</source>
        <translation>按上方填写的原因，撤销更正记录中所选的更正</translation>
    </message>
    <message>
        <source>Working &amp;day:</source>
        <translation>工作日(&amp;D)：</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <extracomment>A revoke in the corrections log: &quot;Revoked: Moved&quot;</extracomment>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Select a punch that counts first.</source>
        <translation>请先选择一条计入的打卡记录。</translation>
    </message>
    <message>
        <source>Select the correction to revoke in the log first.</source>
        <translation>请先在更正记录中选择要撤销的更正。</translation>
    </message>
    <message>
        <source>Revoke this correction?

%1: %2 → %3, by %4: “%5”

The punch counts again as it did before. The log keeps the correction, marked as revoked.</source>
        <extracomment>%1 what (Moved), %2 before, %3 after, %4 who made it, %5 its reason</extracomment>
        <translation>要撤销此更正吗？

%1：%2 → %3，操作人 %4：“%5”

该打卡记录将恢复为更正前的计入方式。更正记录中仍保留此更正，并标记为已撤销。</translation>
    </message>
    <message>
        <source>Revoke correction</source>
        <translation>撤销更正</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>重新读取全部内容 (F5)</translation>
    </message>
    <message>
        <source>The simulated terminal %1 is running; it appears here within a few seconds.</source>
        <translation>模拟考勤机 %1 正在运行，几秒钟内会出现在这里。</translation>
    </message>
    <message>
        <source>Punches today</source>
        <translation>今日打卡</translation>
    </message>
    <message>
        <source>In now</source>
        <translation>当前在岗</translation>
    </message>
    <message>
        <source>Terminals online</source>
        <translation>在线考勤机</translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Latest punches</source>
        <translation>最新打卡记录</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet.</source>
        <translation>尚无考勤机连接过本机。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is waiting for your approval.</source>
        <translation>%1（%2，%3）正在等待您的批准。</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>首次出现于 %1</translation>
    </message>
    <message>
        <source>%1 is offline: last heard from %2.</source>
        <translation>%1 已离线：最后联系时间为 %2。</translation>
    </message>
    <message>
        <source>The clock of %1 is %2.</source>
        <translation>%1 的时钟%2。</translation>
    </message>
    <message>
        <source>Its punches carry the terminal&apos;s time: set its clock to this PC&apos;s.</source>
        <translation>其打卡记录使用考勤机的时间：请将其时钟设为本机时间。</translation>
    </message>
    <message>
        <source>“%1” on %2 got no answer.</source>
        <translation>%2 上的“%1”没有应答。</translation>
    </message>
    <message>
        <source>“%1” on %2 failed: %3.</source>
        <translation>%2 上的“%1”失败：%3。</translation>
    </message>
    <message>
        <source>Everything is fine.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <source>One thing needs your attention.</source>
        <translation>有一件事需要您处理。</translation>
    </message>
    <message numerus="yes">
        <source>%n things need your attention.</source>
        <translation>
            <numerusform>有 %n 件事需要您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the server first: the simulated terminal talks to it.</source>
        <translation>请先启动服务器：模拟考勤机需要与它通信。</translation>
    </message>
    <message>
        <source>Starting the simulated terminal…</source>
        <translation>正在启动模拟考勤机…</translation>
    </message>
    <message>
        <source>Job %1, %2: %3 %4</source>
        <translation>任务 %1，%2：%3 %4</translation>
    </message>
    <message>
        <source>Stop simulated &amp;terminal</source>
        <translation>停止模拟考勤机(&amp;T)</translation>
    </message>
    <message>
        <source>Stops the pretend terminal %1 running on this PC</source>
        <translation>停止在本机上运行的模拟考勤机 %1</translation>
    </message>
    <message>
        <source>“%1” on %2 answered, but its answer could not be read.</source>
        <translation>%2 上的“%1”已应答，但无法读取其应答。</translation>
    </message>
    <message>
        <source>The simulated terminal %1 is stopped.</source>
        <translation>模拟考勤机 %1 已停止。</translation>
    </message>
    <message>
        <source>Terminals waiting for approval count for no tile until you approve them.</source>
        <translation>在您批准之前，等待批准的考勤机不计入任何统计。</translation>
    </message>
    <message>
        <source>Punches stamped today on approved terminals. %1</source>
        <translation>今天在已批准考勤机上的打卡次数。%1</translation>
    </message>
    <message>
        <source>People whose last punch today, on an approved terminal, was an entry. %1</source>
        <translation>今天在已批准考勤机上的最后一次打卡为“进”的人员。%1</translation>
    </message>
    <message>
        <source>Approved terminals heard from within three of their poll intervals. %1</source>
        <translation>在三个轮询间隔内有过联系的已批准考勤机。%1</translation>
    </message>
    <message>
        <source>What the Needs attention list shows; a terminal waiting for approval is one of them.</source>
        <translation>“需要处理”列表中显示的事项；等待批准的考勤机也算作其中一项。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataFolderPage</name>
    <message>
        <source>Where should Punchclock keep its data?</source>
        <translation>Punchclock 应将数据保存在哪里？</translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in one database file in this folder. Choose a folder that is included in your regular backups.</source>
        <translation>打卡记录、员工和设置都保存在此文件夹中的一个数据库文件里。请选择一个包含在您定期备份中的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <source>Give the whole path, starting with /.</source>
        <translation>请填写以 / 开头的完整路径。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>You cannot write to %1.</source>
        <translation>您无法写入 %1。</translation>
    </message>
    <message>
        <source>In a &amp;folder on this PC</source>
        <translation>在本机的文件夹中(&amp;F)</translation>
    </message>
    <message>
        <source>On a Post&amp;greSQL server, shared by several PCs or servers</source>
        <translation>在 PostgreSQL 服务器上，由多台电脑或服务器共用(&amp;G)</translation>
    </message>
    <message>
        <source>only if ~/.pgpass does not hold it</source>
        <translation>仅当 ~/.pgpass 中没有时填写</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>数据库 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used until Punchclock closes and never stored: put it in ~/.pgpass not to be asked at every start.</source>
        <translation>密码仅在 Punchclock 关闭前使用，绝不保存：写入 ~/.pgpass 可免去每次启动时输入。</translation>
    </message>
    <message>
        <source>Give the database&apos;s URL: postgresql://user@host:port/database.</source>
        <translation>请填写数据库的 URL：postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>A database URL begins with postgresql://.</source>
        <translation>数据库 URL 以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the field below, or put it in ~/.pgpass.</source>
        <translation>不要把密码写在 URL 中：请在下面的栏中输入，或写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>This URL cannot be read. Write it as postgresql://user@host:port/database.</source>
        <translation>无法识别此 URL。请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in a database on a PostgreSQL server. Other consoles and servers can use the same database.</source>
        <translation>打卡记录、员工和设置保存在 PostgreSQL 服务器上的数据库中。其他控制台和服务器可以使用同一个数据库。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataSection</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Mo&amp;ve database…</source>
        <translation>移动数据库(&amp;V)…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能打开 %1。</translation>
    </message>
    <message>
        <source>To move the database, choose a new folder: a copy is made there now and used from the next start. Starting with --db or PUNCHCLOCK_DB overrides this.</source>
        <translation>要移动数据库，请选择一个新文件夹：现在会在那里创建一份副本，并从下次启动起使用它。使用 --db 或 PUNCHCLOCK_DB 启动会覆盖此设置。</translation>
    </message>
    <message>
        <source>From the next start Punchclock uses %1. Until then it goes on with the file above, so what arrives meanwhile is not in the copy: restart soon.</source>
        <translation>从下次启动起，Punchclock 将使用 %1。在此之前它仍使用上面的文件，因此期间到达的数据不在副本中：请尽快重启。</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>将数据库移动到</translation>
    </message>
    <message>
        <source>The database is already in that folder.</source>
        <translation>数据库已在该文件夹中。</translation>
    </message>
    <message>
        <source>%1 already holds a Punchclock database; it was left as it is. Choose an empty folder.</source>
        <translation>%1 中已有 Punchclock 数据库，已保持原样。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation>由 PostgreSQL 服务器保存</translation>
    </message>
    <message>
        <source>Every console and server that uses this database sees the same data, and sees changes within a second. To use another database, start Punchclock with --db or PUNCHCLOCK_DB.</source>
        <translation>使用此数据库的所有控制台和服务器看到的是同样的数据，并在一秒内看到变更。要使用其他数据库，请用 --db 或 PUNCHCLOCK_DB 启动 Punchclock。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatabaseErrorBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Punchclock cannot read its database, so the pages may show less than is stored and changes may not be saved. It tries again every few seconds.
%1</source>
        <translation>Punchclock 无法读取其数据库，因此各页面显示的内容可能少于已存储的内容，更改也可能无法保存。它每隔几秒会重试一次。
%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatePresetPicker</name>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
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
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DateTimeRangePicker</name>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
    <message>
        <source>Since &amp;last pull</source>
        <translation>自上次获取以来(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>From %1, where the last pull ended</source>
        <translation>从 %1 开始，即上次获取结束的位置</translation>
    </message>
    <message>
        <source>Logs have not been pulled from this terminal yet</source>
        <translation>尚未从此考勤机获取过打卡记录</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DayExplanationDialog</name>
    <message>
        <source>Arrival</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>下班</translation>
    </message>
    <message>
        <source>as the terminal recorded it</source>
        <translation>按考勤机记录</translation>
    </message>
    <message>
        <source>no direction recorded: the role the sequence needed</source>
        <translation>未记录方向：按打卡顺序所需的角色</translation>
    </message>
    <message>
        <source>first punch of the day</source>
        <translation>当天第一次打卡</translation>
    </message>
    <message>
        <source>last punch of the day</source>
        <translation>当天最后一次打卡</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: employee and working day</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Why this day</source>
        <translation>为何归入此日</translation>
    </message>
    <message>
        <source>What it counted as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No punches on this working day.</source>
        <translation>此工作日没有打卡记录。</translation>
    </message>
    <message>
        <source>C&amp;orrect punches…</source>
        <translation>更正打卡记录(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>What a punch counted as: &quot;Arrival (as the terminal recorded it)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Missing its partner punch</source>
        <translation>缺少配对的打卡</translation>
    </message>
    <message>
        <source>%1 without a partner: a punch is missing</source>
        <translation>%1 没有配对：缺少一次打卡</translation>
    </message>
    <message>
        <source>Not counted: between the first and the last punch</source>
        <translation>不计入：介于第一次与最后一次打卡之间</translation>
    </message>
    <message>
        <source>Not counted: the same punch pressed again</source>
        <translation>不计入：重复按下的同一次打卡</translation>
    </message>
    <message>
        <source>Not counted: the terminal is not approved</source>
        <translation>不计入：考勤机未批准</translation>
    </message>
    <message>
        <source>Not counted: voided by a correction</source>
        <translation>不计入：已被更正作废</translation>
    </message>
    <message>
        <source>Before the previous shift&apos;s day change at %1</source>
        <translation>早于上一班次的换日时间 %1</translation>
    </message>
    <message>
        <source>Its own date</source>
        <translation>按其自身日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>请假：%1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>班次 %1</translation>
    </message>
    <message>
        <source>%1 · worked %2 of %3 · late %4 · left early %5 · overtime %6</source>
        <extracomment>Day summary: plan, worked, expected, late, early leave, overtime</extracomment>
        <translation>%1 · 实际工时 %2 / 应出勤 %3 · 迟到 %4 · 早退 %5 · 加班 %6</translation>
    </message>
    <message>
        <source>Departure for the previous day&apos;s arrival, which had none</source>
        <translation>作为前一天上班打卡的下班（前一天没有下班打卡）</translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s start</source>
        <translation>当天唯一一次打卡，更接近班次开始时间</translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s end</source>
        <translation>当天唯一一次打卡，更接近班次结束时间</translation>
    </message>
    <message>
        <source>Not counted: arrived after the period was closed</source>
        <translation>不计入：在期间关闭后才上传</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>无排班</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who added, voided or moved punches of this day, and when</source>
        <translation>谁在何时添加、作废或移动了这一天的打卡记录</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DepartmentsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新部门</translation>
    </message>
    <message>
        <source>Double-click a department or press F2 to rename it.</source>
        <translation>双击部门或按 F2 可重命名。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>The department could not be saved. The database may be busy; try again.</source>
        <translation>无法保存部门。数据库可能正忙，请重试。</translation>
    </message>
    <message>
        <source>Remove the department &quot;%1&quot;? Its users (%2) stay, without a department; its weekly schedule is removed with it.</source>
        <translation>删除部门“%1”？其员工（%2 名）将保留，但不再属于任何部门；该部门的每周排班将一并删除。</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>The department could not be removed. The database may be busy; try again.</source>
        <translation>无法删除部门。数据库可能正忙，请重试。</translation>
    </message>
    <message>
        <source>Default &amp;week…</source>
        <translation>默认每周排班(&amp;W)…</translation>
    </message>
    <message>
        <source>The week its employees follow unless they have one of their own</source>
        <translation>该部门员工使用的每周排班（员工有单独排班的除外）</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDetailsPane</name>
    <message>
        <source>Select a destination to see what it sends and its recent events.</source>
        <translation>选择一个目标以查看其发送内容和最近的事件。</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>接收：</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近错误：</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Events of the selected destination</source>
        <translation>所选目标的事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed, %4 parked</source>
        <extracomment>the counts of a destination&apos;s events by status</extracomment>
        <translation>%1 个待发送，%2 个已投递，%3 个失败，%4 个已搁置</translation>
    </message>
    <message>
        <source>%1; the oldest pending was queued at %2</source>
        <extracomment>%1 the counts by status, %2 when the oldest pending event was queued</extracomment>
        <translation>%1；最早的待发送事件排队于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failure(s) in a row; next try at %2)</source>
        <extracomment>%1 the error; %2 when the next attempt is; %n failures in a row</extracomment>
        <translation>
            <numerusform>%1（连续失败 %n 次；下次尝试于 %2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDialog</name>
    <message>
        <source>&amp;Punches</source>
        <translation>打卡记录(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;orrections of punches</source>
        <translation>打卡更正(&amp;O)</translation>
    </message>
    <message>
        <source>Changes of e&amp;mployees</source>
        <translation>员工变更(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Deliver: send events as they are queued</source>
        <translation>投递(&amp;D)：事件排队后即发送</translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>e.g. Payroll</source>
        <translation>例如 工资</translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation>目标的类型不能更改：如需另一种类型，请另行添加。</translation>
    </message>
    <message>
        <source>unchanged; type a new one to replace it</source>
        <translation>未更改；输入新的以替换</translation>
    </message>
    <message>
        <source>Make a random secret of 64 hexadecimal digits</source>
        <translation>生成 64 位十六进制随机密钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Give this secret to the receiver, which checks each request&apos;s signature with it. Copy it now: once saved, it is kept sealed and not shown again.</source>
        <translation>请将此密钥交给接收方，接收方用它校验每个请求的签名。请现在复制：保存后它会被加密保存，不再显示。</translation>
    </message>
    <message>
        <source>Events sent in one request; 1 sends each on its own</source>
        <translation>一个请求中发送的事件数；1 表示逐个发送</translation>
    </message>
    <message>
        <source>Of the Frappe HR user Punchclock signs in as (User → API Access)</source>
        <translation>Punchclock 登录所用的 Frappe HR 用户的（用户 → API 访问）</translation>
    </message>
    <message>
        <source>The field of Employee holding the terminal&apos;s user number</source>
        <translation>Employee 中保存终端用户编号的字段</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long one request may take before it counts as no answer</source>
        <translation>一个请求在被视为无应答前可持续的时间</translation>
    </message>
    <message>
        <source>Unticked, it is paused: events are queued for it and none is sent</source>
        <translation>不勾选则暂停：事件会排队，但不发送任何事件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>接收：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Employee field:</source>
        <translation>员工字段(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>https://payroll.example.com/punches</source>
        <translation>https://payroll.example.com/punches</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>Where events are POSTed as JSON</source>
        <translation>事件以 JSON 形式 POST 到的地址</translation>
    </message>
    <message>
        <source>The Frappe HR or ERPNext site</source>
        <translation>Frappe HR 或 ERPNext 站点</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>签名密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API 密钥密文(&amp;S)：</translation>
    </message>
    <message>
        <source>type one, or Generate</source>
        <translation>输入一个，或点“生成”</translation>
    </message>
    <message>
        <source>of the same Frappe HR user</source>
        <translation>同一 Frappe HR 用户的</translation>
    </message>
    <message>
        <source>https://odoo.example.com</source>
        <translation>https://odoo.example.com</translation>
    </message>
    <message>
        <source>The Odoo server&apos;s address, as the browser shows it before /odoo or /web</source>
        <translation>Odoo 服务器地址，即浏览器中 /odoo 或 /web 之前的部分</translation>
    </message>
    <message>
        <source>of the Odoo user Punchclock signs in as</source>
        <translation>Punchclock 登录所用 Odoo 用户的</translation>
    </message>
    <message>
        <source>Made in Odoo under the user&apos;s Preferences → Account Security → New API Key; a user of its own with the right to manage attendances is best</source>
        <translation>在 Odoo 中通过用户的“偏好设置 → 账户安全 → 新建 API 密钥”创建；最好使用一个有权管理考勤的专用用户</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationTableModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>投递中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>Waiting until %1 after %n failure(s)</source>
        <extracomment>%1 the time of the next attempt; %n failures in a row</extracomment>
        <translation>
            <numerusform>失败 %n 次后等待至 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again after %n failure(s)</source>
        <translation>
            <numerusform>失败 %n 次后正在重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Events are queued for it; none is sent until it is resumed.</source>
        <translation>其事件会排队；恢复之前不会发送任何事件。</translation>
    </message>
    <message>
        <source>The oldest was queued at %1</source>
        <translation>最早的一个排队于 %1</translation>
    </message>
    <message>
        <source>Refused for good by the destination; sent again only when you ask</source>
        <translation>被目标永久拒绝；只有在您要求时才会重发</translation>
    </message>
    <message>
        <source>Held until someone acts, usually in the other system (an employee to map)</source>
        <translation>在有人处理之前暂缓，通常需在对方系统中处理（需对应的员工）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>最近投递</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EffectiveDatePicker</name>
    <message>
        <source>From the start</source>
        <translation>从最初开始</translation>
    </message>
    <message>
        <source>The first day the change counts for. Earlier days keep the rule as it was, so their reports do not change.</source>
        <translation>更改生效的第一天。之前的日期保留原有规则，因此其报表不会改变。</translation>
    </message>
    <message>
        <source>Every day ever counted uses the new rule, as if it had always been so: for fixing a mistake.</source>
        <translation>所有已计算的日期都使用新规则，就像一直如此：用于纠正错误。</translation>
    </message>
    <message>
        <source>Not while a period is closed: every day of it would change. %1</source>
        <translation>存在已关闭的期间时不可用：其中每一天都会改变。%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollDialog</name>
    <message>
        <source>Choose a finger or the face.</source>
        <translation>请选择手指或人脸。</translation>
    </message>
    <message>
        <source>The terminal is not approved.</source>
        <translation>该考勤机未获批准。</translation>
    </message>
    <message>
        <source>The terminal has not said what it can enroll yet; wait for its next poll.</source>
        <translation>该考勤机尚未告知可登记的内容；请等待其下次轮询。</translation>
    </message>
    <message>
        <source>The terminal cannot enroll this.</source>
        <translation>该考勤机无法登记此项。</translation>
    </message>
    <message>
        <source>The enrollment has already ended.</source>
        <translation>登记已结束。</translation>
    </message>
    <message>
        <source>&amp;Start enrollment</source>
        <translation>开始登记(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment</source>
        <translation>取消登记(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to &amp;other terminals…</source>
        <translation>复制到其他考勤机(&amp;O)…</translation>
    </message>
    <message>
        <source>Enroll &amp;another…</source>
        <translation>再登记一项(&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enroll user %1</source>
        <translation>登记员工 %1</translation>
    </message>
    <message>
        <source>Choose the finger or the face, then the terminal the person stands at. The terminal opens its enrollment screen; a ✓ marks what is already enrolled.</source>
        <translation>请先选择手指或人脸，再选择该人员所在的考勤机。考勤机会打开其登记界面；✓ 表示已登记。</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No approved terminal can enroll %1.</source>
        <translation>没有已批准的考勤机可以登记%1。</translation>
    </message>
    <message>
        <source>Choose a finger or the face first.</source>
        <translation>请先选择手指或人脸。</translation>
    </message>
    <message>
        <source>place %1 on the reader 3 times</source>
        <translation>请将%1在采集器上按压 3 次</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>请看向摄像头</translation>
    </message>
    <message>
        <source>Waiting for user %1 at %2: %3.</source>
        <translation>正在 %2 等待员工 %1：%3。</translation>
    </message>
    <message>
        <source>The enrollment can no longer be read from the database.</source>
        <translation>已无法从数据库读取该登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Enrolled at %1: a %2-byte template.</source>
        <translation>✔ 已在 %1 登记：模板大小为 %2 字节。</translation>
    </message>
    <message>
        <source>⌛ Timed out: nothing was enrolled at %1 in time.</source>
        <translation>⌛ 已超时：未能及时在 %1 登记任何内容。</translation>
    </message>
    <message>
        <source>✖ %1 refused: %2 (%3)</source>
        <translation>✖ %1 拒绝了登记：%2（%3）</translation>
    </message>
    <message>
        <source>Cancelled. The terminal&apos;s screen closes by itself; a finger given there now is still stored like any enrollment at the keypad.</source>
        <translation>已取消。考勤机的登记界面会自行关闭；此时在那里录入的指纹仍会像在键盘上进行的任何登记一样被保存。</translation>
    </message>
    <message>
        <source>✖ %1 did not answer the command.</source>
        <translation>✖ %1 未应答该命令。</translation>
    </message>
    <message>
        <source>✖ The command to %1 was cancelled on the Jobs page.</source>
        <translation>✖ 发往 %1 的命令已在“任务”页面中取消。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollMenuForm</name>
    <message>
        <source>Unlocked: people can be enrolled at the keypad</source>
        <translation>已解锁：可以在键盘上登记人员</translation>
    </message>
    <message>
        <source>Locked: people are enrolled from the console only</source>
        <translation>已锁定：只能从控制台登记人员</translation>
    </message>
    <message>
        <source>Locks or unlocks the enrollment menu of the terminal&apos;s keypad. Users, punches and everything already enrolled stay as they are.</source>
        <translation>锁定或解锁考勤机键盘上的登记菜单。员工、打卡记录和所有已登记的内容保持不变。</translation>
    </message>
    <message>
        <source>&amp;Keypad enrollment:</source>
        <translation>键盘登记(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ErasePersonDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes the fingerprints, face and palm templates, photo, card and password of &lt;b&gt;%1&lt;/b&gt; from Punchclock and disables them. It cannot be undone.&lt;/p&gt;&lt;p&gt;Their user id, name, department, punches and corrections stay: the hours already paid were calculated from them. Backups made before now still hold the removed data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这将从 Punchclock 中删除 &lt;b&gt;%1&lt;/b&gt; 的指纹、人脸和掌纹模板、照片、卡和密码，并禁用该员工。此操作无法撤销。&lt;/p&gt;&lt;p&gt;其工号、姓名、部门、打卡记录和更正会保留：已支付的工时是据此计算的。此前创建的备份仍包含被删除的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also delete them from the terminals (none holds them)</source>
        <translation>同时从考勤机删除（没有考勤机拥有该员工）</translation>
    </message>
    <message numerus="yes">
        <source>Also delete them from the %n terminal(s) that hold them</source>
        <translation>
            <numerusform>同时从拥有该员工的 %n 台考勤机删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the user id, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>请输入工号 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FetchUserDialog</name>
    <message>
        <source>Fetch user from terminal</source>
        <translation>从考勤机获取员工</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The terminal sends the user&apos;s name, photo and credentials at its next poll; they replace what is stored here for the credentials it has.</source>
        <translation>考勤机会在下次轮询时发送该员工的姓名、照片和凭证；对于它所拥有的凭证，将替换此处保存的内容。</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation>工号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>No terminal to fetch from: a terminal appears here once it has contacted this PC.</source>
        <translation>没有可获取的考勤机：考勤机连接过本机后会出现在这里。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FilePicker</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstAdministratorDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位系统管理员</translation>
    </message>
    <message>
        <source>From now on everyone signs in to this console with an operator account of their own, and every change records who made it. Choose the name and password of the first administrator, who can then add the others under Settings → Operators.</source>
        <translation>从现在起，每个人都使用自己的操作员账户登录此控制台，每次更改都会记录是谁做的。请为第一位系统管理员设定名称和密码，之后可由其在“设置 → 操作员”中添加其他人。</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>创建系统管理员(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Punchclock</source>
        <translation>欢迎使用 Punchclock</translation>
    </message>
    <message>
        <source>Discard the setup?</source>
        <translation>要放弃设置吗？</translation>
    </message>
    <message>
        <source>What you entered is lost and Punchclock closes. It asks again at the next start.</source>
        <translation>您输入的内容将会丢失，Punchclock 将关闭。下次启动时会再次询问。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue the setup</source>
        <translation>继续设置(&amp;C)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::GettingStartedPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start a simulated terminal</source>
        <translation>启动模拟考勤机(&amp;S)</translation>
    </message>
    <message>
        <source>Point your first terminal at this PC</source>
        <translation>将您的第一台考勤机指向本机</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the terminal, open &lt;b&gt;Menu → Comm&lt;/b&gt; (or &lt;b&gt;Network&lt;/b&gt;) &lt;b&gt;→ Server&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter one of the addresses below as the server address, and the port.&lt;/li&gt;&lt;li&gt;Save and wait a minute: the terminal appears here, waiting for your approval.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在考勤机上打开&lt;b&gt;菜单 → 通讯&lt;/b&gt;（或&lt;b&gt;网络&lt;/b&gt;）&lt;b&gt;→ 服务器&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;输入下面的一个地址作为服务器地址，并输入端口。&lt;/li&gt;&lt;li&gt;保存并等待一分钟：考勤机会出现在这里，等待您的批准。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copy the addresses and the port</source>
        <translation>复制地址和端口</translation>
    </message>
    <message>
        <source>Runs a pretend terminal on this PC that punches every few seconds</source>
        <translation>在本机上运行一台模拟考勤机，每隔几秒打卡一次</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>No terminal at hand? See how it works with a simulated one:</source>
        <translation>手头没有考勤机？用模拟考勤机看看效果：</translation>
    </message>
    <message>
        <source>No network connection found</source>
        <translation>未找到网络连接</translation>
    </message>
    <message>
        <source>The server is not running: terminals cannot reach this PC.</source>
        <translation>服务器未运行：考勤机无法连接本机。</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>服务器未运行：%1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>服务器地址：%1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>端口：%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HandPicker</name>
    <message>
        <source>Thumb</source>
        <translation>拇指</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>食指</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中指</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>无名指</translation>
    </message>
    <message>
        <source>Little</source>
        <translation>小指</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1, already enrolled</source>
        <translation>%1，已登记</translation>
    </message>
    <message>
        <source>the face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>the right thumb</source>
        <translation>右手拇指</translation>
    </message>
    <message>
        <source>the left thumb</source>
        <translation>左手拇指</translation>
    </message>
    <message>
        <source>the right index finger</source>
        <translation>右手食指</translation>
    </message>
    <message>
        <source>the left index finger</source>
        <translation>左手食指</translation>
    </message>
    <message>
        <source>the right middle finger</source>
        <translation>右手中指</translation>
    </message>
    <message>
        <source>the left middle finger</source>
        <translation>左手中指</translation>
    </message>
    <message>
        <source>the right ring finger</source>
        <translation>右手无名指</translation>
    </message>
    <message>
        <source>the left ring finger</source>
        <translation>左手无名指</translation>
    </message>
    <message>
        <source>the right little finger</source>
        <translation>右手小指</translation>
    </message>
    <message>
        <source>the left little finger</source>
        <translation>左手小指</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HistoryDialog</name>
    <message>
        <source>The history could not be read from the database.</source>
        <translation>无法从数据库读取历史记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee or terminal in a history&apos;s title: &quot;Ana Núñez (7)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing has been changed here through Punchclock since its audit trail began.</source>
        <translation>自 Punchclock 开始审计记录以来，这里没有通过它进行过任何更改。</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Every change to this employee through Punchclock, newest first: their record, department, credentials, schedule, leave, corrections of their punches and commands sent for them.</source>
        <translation>通过 Punchclock 对该员工所做的每项更改，最新的在前：员工资料、部门、凭证、排班、请假、其打卡记录的更正，以及为其发送的命令。</translation>
    </message>
    <message>
        <source>Every change to this terminal, newest first: approval, blocking, its address, and the commands sent to it.</source>
        <translation>对该考勤机的每项更改，最新的在前：批准、阻止、地址，以及发送给它的命令。</translation>
    </message>
    <message>
        <source>History of %1 on %2</source>
        <extracomment>The history of one employee&apos;s day: &quot;Ana Núñez (7) on 02/03/2026&quot;</extracomment>
        <translation>%1 在 %2 的历史记录</translation>
    </message>
    <message>
        <source>The corrections of this employee&apos;s punches that touched this day, newest first: punches added, voided or moved from or to it, and corrections revoked.</source>
        <translation>该员工涉及这一天的打卡记录更正，最新的在前：添加、作废、移入或移出这一天的打卡记录，以及被撤销的更正。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HolidaysLeaveDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holidays and leave</source>
        <translation>节假日和请假</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>节假日(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>请假(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>添加节假日(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>vacation</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A&amp;dd leave</source>
        <translation>添加请假(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>员工(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected day(s)?</source>
        <translation>
            <numerusform>要删除所选的 %n 天吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no employees yet.</source>
        <translation>尚无员工。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ImportCredentialDialog</name>
    <message>
        <source>Import a credential for user %1</source>
        <translation>为员工 %1 导入凭证</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Send the user to the terminals holding it afterwards</source>
        <translation>之后将员工发送到拥有该员工的考勤机(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>凭证(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a credential file</source>
        <translation>选择凭证文件</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than any credential (%1 bytes); choose the template file.</source>
        <translation>该文件比任何凭证都大（%1 字节）；请选择模板文件。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>集成</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>重发(&amp;S)</translation>
    </message>
    <message>
        <source>Send the &amp;failed ones again</source>
        <translation>重发失败的(&amp;F)</translation>
    </message>
    <message>
        <source>Send the &amp;parked ones again</source>
        <translation>重发已搁置的(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation>立即重试(&amp;T)</translation>
    </message>
    <message>
        <source>Replay &amp;from…</source>
        <translation>从…重发(&amp;F)</translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation>请先选择一个目标。</translation>
    </message>
    <message>
        <source>Change its address, secret, what it receives and how</source>
        <translation>修改其地址、密钥、接收内容和方式</translation>
    </message>
    <message>
        <source>Remove it and the events queued for it</source>
        <translation>删除它及其排队的事件</translation>
    </message>
    <message>
        <source>Queue its events without sending them, until it is resumed</source>
        <translation>事件排队但不发送，直到恢复</translation>
    </message>
    <message>
        <source>Send its events again as they are queued</source>
        <translation>事件排队后即重新发送</translation>
    </message>
    <message>
        <source>Nothing failed or is parked.</source>
        <translation>没有失败或已搁置的事件。</translation>
    </message>
    <message>
        <source>Set its failed and parked events pending again, and send them at once</source>
        <translation>将失败和已搁置的事件重新设为待发送，并立即发送</translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation>没有失败的事件。</translation>
    </message>
    <message>
        <source>Set its failed events pending again</source>
        <translation>将失败的事件重新设为待发送</translation>
    </message>
    <message>
        <source>Nothing is parked.</source>
        <translation>没有已搁置的事件。</translation>
    </message>
    <message>
        <source>Set its parked events pending again, once the other system knows the employees</source>
        <translation>在对方系统识别这些员工后，将已搁置的事件重新设为待发送</translation>
    </message>
    <message>
        <source>It is not waiting after failures.</source>
        <translation>它没有因失败而等待。</translation>
    </message>
    <message>
        <source>End the wait after failures: it is tried again at once</source>
        <translation>结束失败后的等待：立即重试</translation>
    </message>
    <message>
        <source>Queue again everything it receives from a day on, delivered or not</source>
        <translation>将某天起它接收的所有内容重新排队，无论是否已投递</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the destinations, %2 the events waiting, %3 those failed or parked</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>%n 个事件等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or parked</source>
        <translation>
            <numerusform>%n 个失败或已搁置</numerusform>
        </translation>
    </message>
    <message>
        <source>Send punches to a webhook, to Frappe HR · ERPNext or to Odoo</source>
        <translation>将打卡发送到 Webhook、Frappe HR · ERPNext 或 Odoo</translation>
    </message>
    <message>
        <source>No destination yet. Add one to send punches, as they arrive, to a webhook, to Frappe HR · ERPNext or to Odoo.</source>
        <translation>尚无目标。添加一个，即可在打卡到达时将其发送到 Webhook、Frappe HR · ERPNext 或 Odoo。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobDetailsPane</name>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation>已发送到考勤机</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Select a job to see its timeline, parameters and result.</source>
        <translation>选择一个任务以查看其时间线、参数和结果。</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>编辑并重新发送(&amp;E)…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>考勤机：</translation>
    </message>
    <message>
        <source>Queued by:</source>
        <translation>排队者：</translation>
    </message>
    <message>
        <source>Return code:</source>
        <translation>返回码：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>(no parameters)</source>
        <translation>（无参数）</translation>
    </message>
    <message>
        <source>The whole user is read from the store when the terminal receives it.</source>
        <translation>考勤机接收时，将从存储中读取完整的员工信息。</translation>
    </message>
    <message>
        <source>The user is read from the store when the terminal receives it, with the credentials terminal %1 holds.</source>
        <translation>考勤机接收时，将从存储中读取该员工，并附带考勤机 %1 上的凭证。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>排队者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>Trans. ID</source>
        <translation>事务 ID</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation>新建命令(&amp;N)…</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Queued or sent</source>
        <translation>已排队或已发送</translation>
    </message>
    <message>
        <source>Failed or no answer</source>
        <translation>失败或无应答</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>所有命令</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>命令(&amp;O)：</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>所有考勤机</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个正在运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed today</source>
        <translation>
            <numerusform>今天失败 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>The job had already finished; nothing was cancelled.</source>
        <translation>该任务已完成；未取消任何内容。</translation>
    </message>
    <message>
        <source>The job no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The database refused the change; the job was not cancelled.</source>
        <translation>数据库拒绝了此更改；任务未被取消。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Send &amp;command to this terminal…</source>
        <translation>向此考勤机发送命令(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>编辑并重新发送(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;routine jobs</source>
        <translation>显示例行任务(&amp;R)</translation>
    </message>
    <message>
        <source>Automatic clock syncs and status refreshes that went well. Those that fail are always shown.</source>
        <translation>成功完成的自动校时和状态刷新。失败的任务始终显示。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadActivityDialog</name>
    <message>
        <source>&amp;Download from the terminal</source>
        <translation>从考勤机下载(&amp;D)</translation>
    </message>
    <message>
        <source>Keypad activity of %1</source>
        <translation>%1 的键盘操作记录</translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad (enrolments, deletions, settings), on the terminal&apos;s clock, as far as it has been downloaded. The terminal keeps this log itself: download it again to see what was done since.</source>
        <translation>管理员在此考勤机键盘上执行的操作（登记、删除、设置），按考勤机的时钟显示，以已下载的内容为限。考勤机自身保存此记录：再次下载即可查看此后执行的操作。</translation>
    </message>
    <message>
        <source>Keypad activity</source>
        <translation>键盘操作记录</translation>
    </message>
    <message>
        <source>The keypad activity could not be read from the database.</source>
        <translation>无法从数据库读取键盘操作记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done at the keypad on these days, as far as has been downloaded.</source>
        <translation>根据已下载的内容，这些日期内键盘上没有任何操作。</translation>
    </message>
    <message>
        <source>Nothing downloaded yet: download the keypad activity from the terminal.</source>
        <translation>尚未下载任何内容：请从考勤机下载键盘操作记录。</translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation>请先批准考勤机：不会向未批准的考勤机发送任何命令。</translation>
    </message>
    <message>
        <source>Ask the terminal for its whole keypad log at its next poll</source>
        <translation>在考勤机下次轮询时请求其完整的键盘操作记录</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadLogTableModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>On the terminal&apos;s clock; downloaded %1</source>
        <translation>按考勤机的时钟；下载于 %1</translation>
    </message>
    <message>
        <source>Identified at the keypad by %1</source>
        <translation>在键盘上通过%1验证身份</translation>
    </message>
    <message>
        <source>Record as the terminal sent it: %1</source>
        <translation>考勤机发送的原始记录：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User concerned</source>
        <translation>相关员工</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LatenessChart</name>
    <message>
        <source>Late arrivals</source>
        <translation>迟到</translation>
    </message>
    <message numerus="yes">
        <source>Late arrivals per day, last %n days</source>
        <translation>
            <numerusform>最近 %n 天每天的迟到人数</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift is set up yet, so nobody can be late: set up shifts and who works them under Reports → Rules.</source>
        <translation>尚未设置任何班次，因此无人会被记为迟到：请在“报表 → 规则”中设置班次及其排班人员。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockCover</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Punchclock is locked</source>
        <translation>Punchclock 已锁定</translation>
    </message>
    <message>
        <source>Locked by %1 (%2). Type the password to go on where you left off.</source>
        <extracomment>%1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation>由 %1（%2）锁定。输入密码即可从离开的地方继续。</translation>
    </message>
    <message>
        <source>Sign in as &amp;another operator…</source>
        <translation>以其他操作员身份登录(&amp;A)…</translation>
    </message>
    <message>
        <source>Another operator signs in: the console goes on with their rights, on the pages as they were left.</source>
        <translation>由其他操作员登录：控制台将以其权限继续，各页面保持原样。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LogRangeForm</name>
    <message>
        <source>Pulls the punches stored on the terminal into the console. Punches already known are counted, not stored twice.</source>
        <translation>将考勤机上存储的打卡记录获取到控制台。已有的打卡记录只计数，不会重复保存。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Downloads what managers did at the terminal&apos;s keypad (enrolments, deletions, settings) into the terminal&apos;s Keypad activity. Actions already downloaded are not stored twice.</source>
        <translation>将管理员在考勤机键盘上执行的操作（登记、删除、设置）下载到该考勤机的“键盘操作记录”中。已下载的操作不会重复保存。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::MainWindow</name>
    <message>
        <source>Punchclock</source>
        <translation>Punchclock</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Search users and terminals… (Ctrl+F)</source>
        <translation>搜索员工和考勤机… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation>新建命令(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Punchclock</source>
        <translation>关于 Punchclock(&amp;A)</translation>
    </message>
    <message>
        <source>About Punchclock</source>
        <translation>关于 Punchclock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Punchclock %1&lt;/h3&gt;&lt;p&gt;Administration console and server for FK time-attendance terminals.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Punchclock %1&lt;/h3&gt;&lt;p&gt;FK 考勤机的管理控制台和服务器。&lt;/p&gt;&lt;p&gt;根据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>更改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>the status bar: %1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>集成</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NavigationList</name>
    <message numerus="yes">
        <source>%1, %n need attention</source>
        <translation>
            <numerusform>%1，%n 项需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NoParameterForm</name>
    <message>
        <source>Reads which users the terminal holds and records them in the console.</source>
        <translation>读取考勤机上有哪些员工，并记录到控制台中。</translation>
    </message>
    <message>
        <source>Reads how many users, fingerprints, faces, cards and logs the terminal holds.</source>
        <translation>读取考勤机上的员工、指纹、人脸、卡和打卡记录的数量。</translation>
    </message>
    <message>
        <source>Restarts the terminal. Its clock, users and logs are kept; commands queued for it before the restart are ignored by the terminal.</source>
        <translation>重启考勤机。其时钟、员工和打卡记录都会保留；重启前为其排队的命令将被考勤机忽略。</translation>
    </message>
    <message>
        <source>Deletes every punch stored on the terminal. Punches not yet pulled into the console are lost for good.</source>
        <translation>删除考勤机上存储的所有打卡记录。尚未获取到控制台的打卡记录将永久丢失。</translation>
    </message>
    <message>
        <source>Deletes every user, fingerprint, face, card and password on the terminal. Nobody can punch there until users are sent again.</source>
        <translation>删除考勤机上的所有员工、指纹、人脸、卡和密码。在重新发送员工之前，任何人都无法在该考勤机上打卡。</translation>
    </message>
    <message>
        <source>T&amp;ype the terminal&apos;s name to confirm:</source>
        <translation>输入考勤机的名称以确认(&amp;Y)：</translation>
    </message>
    <message>
        <source>Choose the terminal first.</source>
        <translation>请先选择考勤机。</translation>
    </message>
    <message>
        <source>Type “%1” to confirm.</source>
        <translation>请输入“%1”以确认。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OdooFields</name>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>Remove se&amp;lected</source>
        <translation>删除所选(&amp;L)</translation>
    </message>
    <message>
        <source>Odoo&apos;s version decides how Punchclock speaks to it: JSON-RPC up to Odoo 18, JSON-2 from Odoo 19</source>
        <translation>Odoo 的版本决定 Punchclock 与其通信的方式：Odoo 18 及以前用 JSON-RPC，Odoo 19 起用 JSON-2</translation>
    </message>
    <message>
        <source>The name of the Odoo database, as chosen when signing in to Odoo (for Odoo Online, usually the name before .odoo.com)</source>
        <translation>Odoo 数据库名称，即登录 Odoo 时所选的名称（Odoo Online 通常是 .odoo.com 之前的部分）</translation>
    </message>
    <message>
        <source>The number of the Odoo user the API key belongs to: open the user under Settings → Users in Odoo, it ends the page&apos;s address (2 is the first administrator)</source>
        <translation>API 密钥所属 Odoo 用户的编号：在 Odoo 的“设置 → 用户”中打开该用户，编号位于页面地址末尾（2 为第一个管理员）</translation>
    </message>
    <message>
        <source>Badge ID and PIN are on the employee&apos;s HR Settings tab in Odoo: enter there the user&apos;s number on the terminals. Or keep a table of the numbers here.</source>
        <translation>工牌 ID 和 PIN 位于 Odoo 中员工的“人力资源设置”标签页：请在那里填写该用户在终端上的编号。或者在此维护一张编号对照表。</translation>
    </message>
    <message>
        <source>One row per employee: the number they have on the terminals, and their number in Odoo, which ends the address of the employee&apos;s page there.</source>
        <translation>每位员工一行：其在终端上的编号，以及其在 Odoo 中的编号（位于员工页面地址末尾）。</translation>
    </message>
    <message>
        <source>Terminal user</source>
        <translation>终端用户</translation>
    </message>
    <message>
        <source>Odoo employee</source>
        <translation>Odoo 员工</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>添加行(&amp;W)</translation>
    </message>
    <message>
        <source>Odoo &amp;version:</source>
        <translation>Odoo 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;User number:</source>
        <translation>用户编号(&amp;U)：</translation>
    </message>
    <message>
        <source>Employees &amp;found by:</source>
        <translation>员工匹配方式(&amp;F)：</translation>
    </message>
    <message>
        <source>needed, e.g. prod</source>
        <translation>必填，例如 prod</translation>
    </message>
    <message>
        <source>only if the server holds several</source>
        <translation>仅当服务器有多个数据库时</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OpenDoorForm</name>
    <message>
        <source>Opens the door the terminal&apos;s lock controls, as soon as the terminal receives the command. Only for terminals wired to a lock; most drive door 1. It is sent once: a terminal that does not answer is not asked again later.</source>
        <translation>考勤机收到命令后，立即打开其门锁所控制的门。仅适用于已接门锁的考勤机；大多数控制的是 1 号门。该命令只发送一次：考勤机未应答时，之后不会再次请求。</translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation>门(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;All departments</source>
        <translation>所有部门(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>仅限以下部门(&amp;O)：</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Choose at least one department, or all of them.</source>
        <translation>请至少选择一个部门，或选择所有部门。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorTableModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorsSection</name>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>A&amp;dd operator…</source>
        <translation>添加操作员(&amp;D)…</translation>
    </message>
    <message>
        <source>R&amp;ole and departments…</source>
        <translation>角色和部门(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own; what each may do depends on the role, and every change they make is recorded under their name.</source>
        <translation>每个人都使用自己的账户登录控制台；能做什么取决于其角色，所做的每项更改都会以其名义记录。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>禁用(&amp;S)</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>The role of %1 is changed; it applies at their next sign-in.</source>
        <translation>%1 的角色已更改；将在其下次登录时生效。</translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation>禁用操作员</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; what they did stays recorded under their name.</source>
        <translation>要禁用 %1 吗？其将无法再登录；其所做的操作仍以其名义保留记录。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已被禁用。</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OutboxEventModel</name>
    <message>
        <source>Delivered at %1</source>
        <translation>投递于 %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>更改我的密码</translation>
    </message>
    <message>
        <source>The password %1 signs in with from now on.</source>
        <translation>%1 今后登录所用的密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1, who signs in with it from now on. Tell it to them in person.</source>
        <translation>为 %1 设置新密码，其今后将用它登录。请当面告知对方。</translation>
    </message>
    <message>
        <source>P&amp;resent password:</source>
        <translation>当前密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollExportButton</name>
    <message>
        <source>Pa&amp;yroll</source>
        <translation>工资(&amp;Y)</translation>
    </message>
    <message>
        <source>Export one row per employee for the period, for the payroll program</source>
        <translation>为工资软件导出该期间每位员工一行</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>方案(&amp;P)…</translation>
    </message>
    <message>
        <source>The payroll profile: which columns, under which headers, and how hours and dates are written</source>
        <translation>工资导出方案：哪些列、使用哪些列标题，以及工时和日期的写法</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>删除方案(&amp;R)…</translation>
    </message>
    <message>
        <source>Payroll profiles</source>
        <translation>工资导出方案</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列标题</translation>
    </message>
    <message>
        <source>Hours and minutes (7:30)</source>
        <translation>小时和分钟（7:30）</translation>
    </message>
    <message>
        <source>Decimal hours (7.50)</source>
        <translation>小数小时（7.50）</translation>
    </message>
    <message>
        <source>Point (7.50)</source>
        <translation>句点（7.50）</translation>
    </message>
    <message>
        <source>Comma (7,50)</source>
        <translation>逗号（7,50）</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>places:</source>
        <extracomment>Before the number of decimal places of decimal hours</extracomment>
        <translation>小数位：</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>基于(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>工时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Fields separated by:</source>
        <translation>字段分隔符：</translation>
    </message>
    <message>
        <source>Remove payroll profile</source>
        <translation>删除工资导出方案</translation>
    </message>
    <message>
        <source>Remove the payroll profile “%1”? Exports choose another one then.</source>
        <translation>删除工资导出方案“%1”？之后导出时需选择其他方案。</translation>
    </message>
    <message>
        <source>The saved profile “%1” cannot be used: %2</source>
        <extracomment>%1 a saved profile&apos;s name, %2 why it cannot be used</extracomment>
        <translation>已保存的方案“%1”无法使用：%2</translation>
    </message>
    <message>
        <source>As leave is entered: vacation, sick, … Empty: every kind.</source>
        <translation>按录入请假时的写法：年假、病假…… 留空：所有类型。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodChangeDialog</name>
    <message>
        <source>Close a period</source>
        <translation>关闭期间</translation>
    </message>
    <message>
        <source>Reopen a period</source>
        <translation>重新打开期间</translation>
    </message>
    <message>
        <source>Required: why, e.g. “payroll March handed to the accountant”</source>
        <translation>必填：原因，例如“三月工资表已交给会计”</translation>
    </message>
    <message>
        <source>Required: why, e.g. “a forgotten leave day must be entered”</source>
        <translation>必填：原因，例如“需要补录一天漏登的请假”</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;lose period…</source>
        <translation>关闭期间(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;open period…</source>
        <translation>重新打开期间(&amp;O)…</translation>
    </message>
    <message>
        <source>Close %1?

Its results become final: corrections of punches and changes to shifts, schedules, holidays and leave that touch its days are refused, and it keeps the attendance settings in force now. Punches that arrive for its days from now on are kept and listed, but not counted. A manager can reopen it, with a reason.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation>要关闭 %1 吗？

其结果将成为最终结果：涉及其日期的打卡更正，以及对班次、排班、节假日和请假的更改都会被拒绝，并保留当前生效的考勤设置。此后上传的属于这些日期的打卡记录会被保存并列出，但不计入。管理员可以填写原因重新打开。</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, it is calculated with the attendance settings in force now, and the %n punch(es) that arrived after it was closed count. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days; %n punches that arrived after it was closed</extracomment>
        <translation>
            <numerusform>要重新打开 %1 吗？

其结果可能再次改变：涉及其日期的更正和规则更改将被接受，按当前生效的考勤设置计算，关闭后上传的 %n 条打卡记录也将计入。已经发出的报表可能会与之不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, and it is calculated with the attendance settings in force now. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation>要重新打开 %1 吗？

其结果可能再次改变：涉及其日期的更正和规则更改将被接受，并按当前生效的考勤设置计算。已经发出的报表可能会与之不符。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodsDialog</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation>已关闭的期间</translation>
    </message>
    <message>
        <source>A closed period&apos;s results are final, as signed off: corrections and rule changes that touch its days are refused, it keeps the attendance settings it was closed with, and punches that arrive for it afterwards are kept but not counted.</source>
        <translation>已关闭期间的结果是签核后的最终结果：涉及其日期的更正和规则更改会被拒绝，它保留关闭时的考勤设置，之后才上传的属于该期间的打卡记录会被保存但不计入。</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Punch time</source>
        <translation>打卡时间</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>计入时间</translation>
    </message>
    <message>
        <source>Punches that arrived after the period was closed</source>
        <translation>期间关闭后才上传的打卡记录</translation>
    </message>
    <message>
        <source>No period has been closed yet.</source>
        <translation>尚未关闭任何期间。</translation>
    </message>
    <message>
        <source>Select a period to see the punches that arrived after it was closed.</source>
        <translation>选择一个期间，查看其关闭后才上传的打卡记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed: kept, not counted in it.</source>
        <translation>
            <numerusform>有 %n 条属于其日期的打卡记录在关闭后才上传：已保存，但不计入该期间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed; they count since it was reopened.</source>
        <translation>
            <numerusform>有 %n 条属于其日期的打卡记录在关闭后才上传；自重新打开后已计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Close a &amp;period…</source>
        <translation>关闭期间(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PrivacySection</name>
    <message>
        <source>Biometric privacy</source>
        <translation>生物识别隐私</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>0: keep</source>
        <translation>0：保留</translation>
    </message>
    <message>
        <source>Re&amp;move the biometrics of inactive people after:</source>
        <translation>人员停用多久后删除其生物识别数据(&amp;M)：</translation>
    </message>
    <message>
        <source>Once a day, Punchclock removes the fingerprints, face, palms, photo and punch photos of anyone disabled, or on no terminal, for this long. Their card and password are kept, and so are their name and punches, which their pay was calculated from. The Dashboard says in advance who will be purged. 0 keeps everything.</source>
        <translation>Punchclock 每天一次删除被禁用或不在任何考勤机上达到此时长的人员的指纹、人脸、掌纹、照片以及打卡照片。其卡和密码会保留，姓名和打卡记录（其工资据此计算）也会保留。“概览”会提前显示哪些人员的数据将被清除。0 表示全部保留。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PullLogsDialog</name>
    <message>
        <source>Pull logs from %1</source>
        <translation>从 %1 获取打卡记录</translation>
    </message>
    <message>
        <source>New logs since the last pull</source>
        <translation>自上次获取以来的新打卡记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
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
        <source>Everything the terminal holds</source>
        <translation>考勤机上的全部记录</translation>
    </message>
    <message>
        <source>Days from … to …</source>
        <translation>从某天到某天</translation>
    </message>
    <message>
        <source>&amp;Pull logs</source>
        <translation>获取打卡记录(&amp;P)</translation>
    </message>
    <message>
        <source>Logs already stored are recognised and not counted twice.</source>
        <translation>已保存的打卡记录会被识别，不会重复计数。</translation>
    </message>
    <message>
        <source>&amp;Which logs:</source>
        <translation>获取哪些记录(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchDetailsPane</name>
    <message>
        <source>Select a punch to see it here.</source>
        <translation>选择一条打卡记录以在此查看。</translation>
    </message>
    <message>
        <source>As the terminal&apos;s clock recorded it</source>
        <translation>按考勤机时钟记录</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation>考勤机：</translation>
    </message>
    <message>
        <source>In/Out:</source>
        <translation>进/出：</translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation>验证方式：</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>到达时间：</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>保存时间：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>This punch could not be read from the database.</source>
        <translation>无法从数据库读取此打卡记录。</translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation>ID %1，不在员工列表中</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1，ID %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (io mode %2)</source>
        <translation>%1（进出模式 %2）</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>无方向</translation>
    </message>
    <message>
        <source>%1 (verify mode %2)</source>
        <translation>%1（验证模式 %2）</translation>
    </message>
    <message>
        <source>Pulled from the terminal&apos;s log</source>
        <translation>从考勤机的记录中获取</translation>
    </message>
    <message>
        <source>Sent live by the terminal</source>
        <translation>由考勤机实时发送</translation>
    </message>
    <message numerus="yes">
        <source>%1; sent again %n time(s)</source>
        <translation>
            <numerusform>%1；重复发送了 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>无需审核</translation>
    </message>
    <message>
        <source>The terminal&apos;s photo could not be read.</source>
        <translation>无法读取考勤机的照片。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>F&amp;lagged only</source>
        <translation>仅显示已标记(&amp;L)</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>任意方式</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>进和出</translation>
    </message>
    <message>
        <source>Punches from terminals waiting for approval, or with an implausible clock</source>
        <translation>来自等待批准的考勤机或时钟不可信的打卡记录</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>员工(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>验证方式(&amp;V)：</translation>
    </message>
    <message>
        <source>I&amp;n/Out:</source>
        <translation>进/出(&amp;N)：</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>所有考勤机</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>考勤机：%1</translation>
    </message>
    <message>
        <source>Verified by: %1</source>
        <translation>验证方式：%1</translation>
    </message>
    <message>
        <source>In/Out: %1</source>
        <translation>进/出：%1</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>仅显示已标记</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchTableModel</name>
    <message>
        <source>Terminal clock: %1</source>
        <translation>考勤机时钟：%1</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Punches are in time order; click Time to reverse it. The other columns do not sort.</source>
        <translation>打卡记录按时间排序；点击“时间”可反转顺序。其他列不能排序。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>进/出</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchesPage</name>
    <message>
        <source>Punches</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the punches matching the filters as a CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的打卡记录保存为 CSV 文件 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Some punches could not be read from the database. Press F5 to try again.</source>
        <translation>部分打卡记录无法从数据库读取。请按 F5 重试。</translation>
    </message>
    <message>
        <source>Punches could not be counted</source>
        <translation>无法统计打卡记录</translation>
    </message>
    <message numerus="yes">
        <source>%n punches</source>
        <translation>
            <numerusform>%n 条打卡记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export punches</source>
        <translation>导出打卡记录</translation>
    </message>
    <message>
        <source>punches.csv</source>
        <translation>punches.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting punches…</source>
        <translation>正在导出打卡记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The punches could not be exported: reading the database or writing %1 failed.</source>
        <translation>无法导出打卡记录：读取数据库或写入 %1 失败。</translation>
    </message>
    <message>
        <source>&amp;History of this day…</source>
        <translation>这一天的历史记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RangeSpinBox</name>
    <message>
        <source>%1–%2</source>
        <extracomment>a range of whole numbers, e.g. &quot;1–65535&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>A whole number from %1</source>
        <translation>%1 范围内的整数</translation>
    </message>
    <message>
        <source>%1 is outside %2; the field keeps %3.</source>
        <extracomment>%1 what was typed, %2 the range, e.g. &quot;1–65535&quot;, %3 the value kept</extracomment>
        <translation>%1 超出范围 %2；此字段保留 %3。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReadyPage</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>Start a &amp;simulated terminal</source>
        <translation>启动模拟考勤机(&amp;S)</translation>
    </message>
    <message>
        <source>Punchclock is ready for your terminals</source>
        <translation>Punchclock 已准备好连接您的考勤机</translation>
    </message>
    <message>
        <source>On each terminal, open the menu Comm (or Network) → Server and enter:</source>
        <translation>在每台考勤机上，打开菜单“通讯”（或“网络”）→“服务器”，然后输入：</translation>
    </message>
    <message>
        <source>Switch the terminal&apos;s server mode on, save, and leave the menu: the terminal waits while its menu is open. It appears in Punchclock within a minute; approve it on the Dashboard.</source>
        <translation>打开考勤机的服务器模式，保存并退出菜单：菜单打开时考勤机会处于等待状态。一分钟内它就会出现在 Punchclock 中；请在“概览”中批准它。</translation>
    </message>
    <message>
        <source>No terminal at hand? A simulated one sends punches like a real one.</source>
        <translation>手头没有考勤机？模拟考勤机会像真实考勤机一样发送打卡记录。</translation>
    </message>
    <message>
        <source>Server address %1   Port %2</source>
        <translation>服务器地址 %1   端口 %2</translation>
    </message>
    <message>
        <source>Port %1 (this PC has no network address right now: connect it to the network)</source>
        <translation>端口 %1（本机当前没有网络地址：请将其连接到网络）</translation>
    </message>
    <message>
        <source>A simulated terminal is running. Finish to open the console: its punches appear on the Dashboard within seconds.</source>
        <translation>模拟考勤机正在运行。点击“完成”打开控制台：几秒钟内其打卡记录就会出现在“概览”中。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RecentPunchModel</name>
    <message>
        <source>User ID %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>User</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>进/出</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>%1 (punched %2)</source>
        <translation>%1（打卡于 %2）</translation>
    </message>
    <message>
        <source>Arrived %1; the terminal&apos;s clock said %2</source>
        <translation>到达时间 %1；考勤机时钟显示为 %2</translation>
    </message>
    <message>
        <source>ID %1, name not fetched yet</source>
        <translation>工号 %1，尚未获取姓名</translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation>工号 %1，不在员工列表中</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RenameTerminalDialog</name>
    <message>
        <source>Rename terminal %1</source>
        <translation>重命名考勤机 %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Shown on the terminal&apos;s screen. English letters, digits and punctuation only.</source>
        <translation>显示在考勤机屏幕上。只能使用英文字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReplayFromDialog</name>
    <message>
        <source>Send again to %1</source>
        <translation>重发到 %1</translation>
    </message>
    <message>
        <source>Everything %1 receives from this day on is queued again, delivered or not: punches by their time, corrections and changes of employees by when they were made. A receiver that keeps events by their id counts none twice.</source>
        <translation>%1 从这一天起接收的所有内容都会重新排队，无论是否已投递：打卡记录按其时间，更正和员工变更按其发生时间。按 id 保存事件的接收方不会重复计算。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>重新排队(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Repor&amp;t:</source>
        <translation>报表(&amp;T)：</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>时间段(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation>员工(&amp;M)：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>所有员工</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee in the filter: name and user id</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <source>%1 (no user record)</source>
        <extracomment>An employee in the filter known only from punches</extracomment>
        <translation>%1（无员工记录）</translation>
    </message>
    <message>
        <source>All my departments</source>
        <extracomment>An account of some departments: &quot;all&quot; are all of theirs</extracomment>
        <translation>我的所有部门</translation>
    </message>
    <message>
        <source>All my employees</source>
        <translation>我的所有员工</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportRulesButton</name>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Shifts…</source>
        <translation>班次(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Weekly schedules…</source>
        <translation>每周排班(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Holidays and leave…</source>
        <translation>节假日和请假(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Corrections of punches…</source>
        <translation>打卡记录更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Attendance settings…</source>
        <translation>考勤设置(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A report total in the preview: column name and its sum, &quot;Worked 160:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Calculate the report (Ctrl+Enter)</source>
        <translation>计算报表 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Stop calculating or exporting (Esc)</source>
        <translation>停止计算或导出 (Esc)</translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from</source>
        <translation>双击某一天可查看用于计算该天的打卡记录</translation>
    </message>
    <message>
        <source>Pick a report and a period, then Preview.</source>
        <translation>请选择报表和时间段，然后点击“预览”。</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report for this period and filter.</source>
        <translation>此时间段和筛选条件下没有可报告的内容。</translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from.</source>
        <translation>双击某一天可查看用于计算该天的打卡记录。</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Suggested export file name: report title, first and last day</extracomment>
        <translation>%1 %2 至 %3</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation>无法导出报表：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Per&amp;iods…</source>
        <translation>期间(&amp;I)…</translation>
    </message>
    <message>
        <source>Close a period once its results are signed off, reopen it, and see the punches that arrived after it was closed</source>
        <translation>在结果签核后关闭期间、重新打开期间，并查看关闭后才上传的打卡记录</translation>
    </message>
    <message>
        <source>Payroll %1 %2 to %3</source>
        <extracomment>Suggested payroll export file name: the profile&apos;s name, first and last day</extracomment>
        <translation>工资 %1 %2 至 %3</translation>
    </message>
    <message>
        <source>Exporting payroll…</source>
        <translation>正在导出工资数据…</translation>
    </message>
    <message>
        <source>The payroll export could not be written: %1</source>
        <translation>无法写入工资导出文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 名员工导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadButton</name>
    <message>
        <source>Download users from terminals…</source>
        <translation>从考勤机下载员工…</translation>
    </message>
    <message>
        <source>Read every user of every approved terminal: name, privilege, card, password, photo and templates</source>
        <translation>读取所有已批准考勤机上的全部员工：姓名、权限、卡、密码、照片和模板</translation>
    </message>
    <message>
        <source>No terminal is approved yet: approve one on the Terminals page first.</source>
        <translation>尚无已批准的考勤机：请先在“考勤机”页面批准一台。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadDialog</name>
    <message>
        <source>Download users</source>
        <translation>下载员工</translation>
    </message>
    <message>
        <source>Each terminal sends its list of users, then every user&apos;s name, privilege, card, password, photo and templates, a few users per poll. Stop asks for no more users; those already read are kept.</source>
        <translation>每台考勤机先发送其员工列表，再发送每名员工的姓名、权限、卡、密码、照片和模板，每次轮询发送几名员工。点击“停止”后不再请求更多员工；已读取的员工会保留。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the list of users failed: %2</source>
        <translation>%1：获取员工列表失败：%2</translation>
    </message>
    <message>
        <source>%1: waiting for the list of users…</source>
        <translation>%1：正在等待员工列表…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 users</source>
        <translation>%1：%2/%3 名员工</translation>
    </message>
    <message>
        <source>%1: users fetched: %2 of %3</source>
        <translation>%1：已获取员工 %2/%3</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>员工 %1（%2）</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not fetched, stopped: %1</source>
        <translation>已停止，未获取：%1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RuleHistoryTable</name>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of who changed a rule: name and when</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (in force today)</source>
        <extracomment>Tooltip of the version of a rule that applies today: %1 its first day</extracomment>
        <translation>%1（今日生效）</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SchedulesDialog</name>
    <message>
        <source>Weekly schedules</source>
        <translation>每周排班</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation>保存每周排班(&amp;S)</translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts first.</source>
        <translation>尚无班次：请先在“规则 → 班次”中创建。</translation>
    </message>
    <message>
        <source>This employee follows the week below, not the department&apos;s.</source>
        <translation>该员工使用下面的每周排班，而不是部门的。</translation>
    </message>
    <message>
        <source>This employee follows their department&apos;s week (below). Save to give them their own.</source>
        <translation>该员工使用其部门的每周排班（见下方）。保存后即为其设置单独的排班。</translation>
    </message>
    <message>
        <source>There is no department or employee to plan for yet.</source>
        <translation>尚无可排班的部门或员工。</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>无排班</translation>
    </message>
    <message>
        <source>Follows the department</source>
        <translation>沿用部门排班</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of weekdays in a week&apos;s summary: &quot;Mon–Fri&quot;</extracomment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Days and what they plan in a week&apos;s summary: &quot;Mon–Fri Day&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>每周排班</translation>
    </message>
    <message>
        <source>Schedules through time</source>
        <translation>排班历史</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <source>From %1 this employee follows the week below, not the department&apos;s.</source>
        <extracomment>%1 the first day of the employee&apos;s own week</extracomment>
        <translation>自 %1 起，该员工按下方的每周排班出勤，而不是部门的排班。</translation>
    </message>
    <message>
        <source>No week planned yet: nothing is expected of its employees until one is saved.</source>
        <translation>尚未安排每周排班：保存排班前，对其员工没有应出勤要求。</translation>
    </message>
    <message>
        <source>No schedule from %1: nothing is expected of its employees from then on.</source>
        <translation>自 %1 起无排班：此后对其员工没有应出勤要求。</translation>
    </message>
    <message>
        <source>No schedule: nothing is expected of its employees.</source>
        <translation>无排班：对其员工没有应出勤要求。</translation>
    </message>
    <message>
        <source>&amp;Follow the department from %1</source>
        <translation>自 %1 起沿用部门排班(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Follow the department from the start</source>
        <translation>从最初开始沿用部门排班(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;No schedule from %1</source>
        <translation>自 %1 起无排班(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;No schedule from the start</source>
        <translation>从最初开始无排班(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n schedule(s) from %2 on. Replace them?</source>
        <translation>
            <numerusform>%1 自 %2 起有 %n 个排班。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace every schedule of %1 from the start?

Every day ever counted is calculated again with this one. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>要从最初开始替换 %1 的所有排班吗？

所有已计算的日期都将按此排班重新计算。请仅用于纠正错误；从某个日期起的更改会保留之前的日期不变。</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>更改排班</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>生效日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Whole site (the default)</source>
        <translation>全站点（默认）</translation>
    </message>
    <message>
        <source>The week of every employee who has no week of their own and whose department has none.</source>
        <translation>适用于本人和所在部门均没有每周排班的所有员工。</translation>
    </message>
    <message>
        <source>No week of its own yet: its employees follow the site&apos;s week until one is saved.</source>
        <translation>尚无本部门的每周排班：保存排班前，其员工沿用站点的每周排班。</translation>
    </message>
    <message>
        <source>No week of its own from %1: its employees follow the site&apos;s week from then on.</source>
        <extracomment>%1 the day the department&apos;s schedule ended</extracomment>
        <translation>自 %1 起无本部门的每周排班：此后其员工沿用站点的每周排班。</translation>
    </message>
    <message>
        <source>No week of its own: its employees follow the site&apos;s week.</source>
        <translation>无本部门的每周排班：其员工沿用站点的每周排班。</translation>
    </message>
    <message>
        <source>&amp;No default from %1</source>
        <translation>自 %1 起不设默认排班(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;No default from the start</source>
        <translation>从最初开始不设默认排班(&amp;N)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressDialog</name>
    <message>
        <source>Restart the terminal afterwards, so that it uses the new address</source>
        <translation>之后重启考勤机，使其使用新地址</translation>
    </message>
    <message>
        <source>Set the server address of %1</source>
        <translation>设置 %1 的服务器地址</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Afterwards the terminal talks only to this address. A wrong address cuts it off until someone changes it on the terminal itself.</source>
        <translation>之后考勤机只与此地址通信。地址错误会使其失去连接，直到有人在考勤机上修改。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressForm</name>
    <message>
        <source>Tells the terminal which server to talk to. It takes effect after the terminal restarts; from then on it talks only to the new address, so a wrong one loses the terminal until it is fixed on its own keypad.</source>
        <translation>告诉考勤机要与哪个服务器通信。考勤机重启后生效；此后它只与新地址通信，因此地址错误会使考勤机失联，直到在其键盘上修正为止。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerPortPage</name>
    <message>
        <source>How will terminals reach this PC?</source>
        <translation>考勤机如何连接本机？</translation>
    </message>
    <message>
        <source>Terminals send their punches to this PC&apos;s network address and a port. Keep the suggested port unless another program uses it.</source>
        <translation>考勤机将打卡记录发送到本机的网络地址和端口。除非其他程序占用了建议的端口，否则请保留该端口。</translation>
    </message>
    <message>
        <source>Every network connection of this PC</source>
        <translation>本机的所有网络连接</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Port %1 is free.</source>
        <translation>端口 %1 可用。</translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port, or close the program that uses it.</source>
        <translation>无法使用端口 %1：%2。请选择其他端口，或关闭占用该端口的程序。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerSection</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Apply and restart server</source>
        <translation>应用并重启服务器(&amp;A)</translation>
    </message>
    <message>
        <source>All network interfaces</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>%1 (this PC only)</source>
        <translation>%1（仅本机）</translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation>自定义地址…</translation>
    </message>
    <message>
        <source>IP address of this PC, e.g. 192.168.1.20</source>
        <translation>本机的 IP 地址，例如 192.168.1.20</translation>
    </message>
    <message>
        <source>Listen on a&amp;ddress:</source>
        <translation>监听地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>Terminals must be set to this PC&apos;s address and this port (on the terminal: Comm / Network → Server). Changing the port means changing every terminal.</source>
        <translation>考勤机必须设置为本机的地址和此端口（在考勤机上：通讯/网络 → 服务器）。更改端口意味着要更改每一台考勤机。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Type the IP address to listen on.</source>
        <translation>请输入要监听的 IP 地址。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>This window runs without a terminal server.</source>
        <translation>此窗口运行时没有考勤机服务器。</translation>
    </message>
    <message>
        <source>Port %1 on %2 cannot be used: %3. The server keeps running as before.</source>
        <translation>无法使用 %2 上的端口 %1：%3。服务器仍按原设置运行。</translation>
    </message>
    <message>
        <source>The server could not start on %1: %2. It runs on the old address again.</source>
        <translation>服务器无法在 %1 上启动：%2。已恢复在原地址上运行。</translation>
    </message>
    <message>
        <source>The server could not start on %1: %2</source>
        <translation>服务器无法在 %1 上启动：%2</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SetTimeForm</name>
    <message>
        <source>Sets the terminal&apos;s clock to the site&apos;s time. The time is taken at the moment the terminal receives the command, so a terminal that polls late is not set late.</source>
        <translation>将考勤机的时钟设为站点时间。时间取自考勤机接收命令的那一刻，因此轮询较晚的考勤机也不会被设晚。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Every change is saved at once and used by the server within 2 seconds.</source>
        <translation>每项更改都会立即保存，服务器会在 2 秒内使用。</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Approve new &amp;terminals automatically</source>
        <translation>自动批准新考勤机(&amp;T)</translation>
    </message>
    <message>
        <source>Off: a terminal that contacts this PC for the first time waits on the Terminals page until you approve it. Its punches are kept and marked meanwhile, and it gets no commands. On: every terminal that reaches this port is trusted at once; use it only on a network you control.</source>
        <translation>关闭：首次连接本机的考勤机会在“考勤机”页面等待，直到您批准。在此期间其打卡记录会保留并被标记，且不会收到任何命令。开启：连接到此端口的每台考勤机都会立即被信任；请仅在您能控制的网络上使用。</translation>
    </message>
    <message>
        <source>Site time zone</source>
        <translation>站点时区</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Where the terminals are. Used to tell how far each terminal&apos;s clock is off and to spot punches with impossible times; punch times themselves are kept as the terminal wrote them.</source>
        <translation>考勤机所在的位置。用于判断每台考勤机的时钟偏差，并发现时间不可能的打卡记录；打卡时间本身按考勤机写入的时间保存。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Set terminal &amp;clocks that drift</source>
        <translation>自动设置有时钟偏差的考勤机时钟(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Give up on a command after:</source>
        <translation>命令超时放弃时间(&amp;G)：</translation>
    </message>
    <message>
        <source>When off by more t&amp;han:</source>
        <translation>偏差超过(&amp;H)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Used from the next start of Punchclock.</source>
        <translation>下次启动 Punchclock 时生效。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Pick one from the list, such as %2.</source>
        <translation>“%1”不是时区。请从列表中选择，例如 %2。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the console &amp;after:</source>
        <translation>在此时间后锁定控制台(&amp;A)：</translation>
    </message>
    <message>
        <source>Without keyboard or mouse use for this long, the console hides what it shows and asks for the password again (Ctrl+L locks it at once). Pages stay as they were left.</source>
        <translation>在这段时间内未使用键盘或鼠标时，控制台会隐藏所显示的内容并再次要求输入密码（按 Ctrl+L 可立即锁定）。各页面保持原样。</translation>
    </message>
    <message>
        <source>&amp;Verify each change to a user by reading it back from the terminal</source>
        <translation>从考勤机读回以核实对员工的每项更改(&amp;V)</translation>
    </message>
    <message>
        <source>Remote enrollment waits &amp;up to:</source>
        <translation>远程登记最长等待(&amp;U)：</translation>
    </message>
    <message>
        <source>A command sent to a terminal and not answered in this time ends as “No answer”. Clocks are set at most once every 15 minutes per terminal. Some terminals answer OK to a change they ignored: read back, it shows as “Not applied”. A remote enrollment waits this long for the finger or face once the terminal has opened its enrollment screen.</source>
        <translation>发往考勤机的命令若在此时间内未获应答，即结束为“无应答”。每台考勤机的时钟最多每 15 分钟设置一次。有些考勤机对忽略的更改也回答 OK：读回后显示为“未应用”。考勤机打开登记界面后，远程登记最多等待这么长时间来采集手指或面部。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ShiftsDialog</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>Round to nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save shift</source>
        <translation>保存班次(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation>迟到宽限(&amp;L)：</translation>
    </message>
    <message>
        <source>Early lea&amp;ve before:</source>
        <translation>早退宽限(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation>休息(&amp;B)：</translation>
    </message>
    <message>
        <source>Break only after &amp;working:</source>
        <translation>工作满以下时长才休息(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>取整(&amp;R)：</translation>
    </message>
    <message>
        <source>Rounding s&amp;tep:</source>
        <translation>取整步长(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Overtime counts from:</source>
        <translation>加班起算(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Day change:</source>
        <translation>换日时间(&amp;D)：</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>A shift in the list: name, start and end</extracomment>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <source>Delete the shift “%1”? Reports will no longer use it.</source>
        <translation>要删除班次“%1”吗？报表将不再使用它。</translation>
    </message>
    <message>
        <source>Punches after midnight and before this time count for the previous day&apos;s shift. One nearer the start of the new day&apos;s shift stays with the new day, unless it is the departure the previous day still lacks. 00:00 moves nothing; a night shift needs a time between its end and its start.</source>
        <translation>午夜之后、此时间之前的打卡记录计入前一天的班次。更接近新一天班次开始时间的打卡记录留在新的一天，除非它是前一天仍缺少的下班打卡。00:00 表示不移动；夜班需要设置一个介于其结束和开始之间的时间。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A shift&apos;s definition in its history: start and end</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, break %2 min after %3 min worked, late after %4 min, early leave before %5 min, overtime from %6 min, day change %7</source>
        <extracomment>Tooltip of a shift&apos;s definition in its history</extracomment>
        <translation>%1，工作满 %3 分钟后休息 %2 分钟，迟到宽限 %4 分钟，早退宽限 %5 分钟，加班起算 %6 分钟，换日时间 %7</translation>
    </message>
    <message>
        <source>Definitions through time</source>
        <translation>班次定义历史</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>生效日期(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it, and its %n later definition(s) are dropped. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>
            <numerusform>要从最初开始应用“%1”的这一定义吗？

所有按此班次计算过的日期都将按它重新计算，其后的 %n 个定义将被删除。请仅用于纠正错误；从某个日期起的更改会保留之前的日期不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>要从最初开始应用“%1”的这一定义吗？

所有按此班次计算过的日期都将按它重新计算。请仅用于纠正错误；从某个日期起的更改会保留之前的日期不变。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n definition(s) from %2 on. Replace them with this one?</source>
        <translation>
            <numerusform>“%1”自 %2 起有 %n 个定义。要用这一定义替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation>更改班次</translation>
    </message>
    <message>
        <source>An arrival this many minutes after the start is not yet late.</source>
        <translation>在开始时间后这么多分钟内到达，不算迟到。</translation>
    </message>
    <message>
        <source>A departure this many minutes before the end is not yet early.</source>
        <translation>在结束时间前这么多分钟内离开，不算早退。</translation>
    </message>
    <message>
        <source>Minutes taken off each day&apos;s worked time for the break.</source>
        <translation>每天从工作时长中扣除的休息分钟数。</translation>
    </message>
    <message>
        <source>The break is taken off only days worked longer than this; 0: every day.</source>
        <translation>仅当当天工作时长超过此值时才扣除休息时间；0 表示每天都扣除。</translation>
    </message>
    <message>
        <source>Whether punch times are rounded before worked time is counted.</source>
        <translation>计算工作时长前是否对打卡时间取整。</translation>
    </message>
    <message>
        <source>Punch times are rounded to a multiple of this many minutes.</source>
        <translation>打卡时间取整为此分钟数的整数倍。</translation>
    </message>
    <message>
        <source>Work beyond the plan counts as overtime once it exceeds this many minutes.</source>
        <translation>超出计划的工作时间超过此分钟数后，才计为加班。</translation>
    </message>
    <message>
        <source>Punches after midnight and before this time belong to the previous day&apos;s shift.</source>
        <translation>午夜之后、此时间之前的打卡记录归入前一天的班次。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to Punchclock</source>
        <translation>登录 Punchclock</translation>
    </message>
    <message>
        <source>Sign in with your Punchclock operator account. The terminal server goes on receiving punches meanwhile.</source>
        <translation>请使用您的 Punchclock 操作员账户登录。在此期间，考勤机服务器会继续接收打卡记录。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SimulatorLauncher</name>
    <message>
        <source>The simulator program (%1) is not installed next to the console.</source>
        <translation>模拟器程序（%1）未安装在控制台旁边。</translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>无法启动模拟器：%1</translation>
    </message>
    <message>
        <source>The simulator stopped working: %1</source>
        <translation>模拟器停止工作：%1</translation>
    </message>
    <message>
        <source>The simulator crashed.</source>
        <translation>模拟器崩溃了。</translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1.</source>
        <translation>模拟器已退出，退出码为 %1。</translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1: %2</source>
        <translation>模拟器已退出，退出码为 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The simulated terminal got no answer from the server at %1 within %n seconds and was stopped.</source>
        <translation>
            <numerusform>模拟考勤机在 %n 秒内未收到服务器 %1 的应答，已被停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulated terminal cannot reach the server at %1 (%2) and was stopped.</source>
        <translation>模拟考勤机无法连接服务器 %1（%2），已被停止。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SitePolicyPage</name>
    <message>
        <source>&amp;Ask me before a new terminal may deliver (recommended)</source>
        <translation>新考勤机上传数据前先询问我（推荐）(&amp;A)</translation>
    </message>
    <message>
        <source>Accept every new terminal &amp;automatically</source>
        <translation>自动接受所有新考勤机(&amp;A)</translation>
    </message>
    <message>
        <source>Time zone and new terminals</source>
        <translation>时区和新考勤机</translation>
    </message>
    <message>
        <source>Terminals report local clock times; the time zone tells Punchclock which. A terminal heard for the first time can wait for your approval: its punches are kept, marked, and it gets no commands until you approve it.</source>
        <translation>考勤机上报的是本地时钟时间；时区告诉 Punchclock 是哪个时区的时间。首次连接的考勤机可以等待您的批准：其打卡记录会保留并被标记，在您批准之前不会收到任何命令。</translation>
    </message>
    <message>
        <source>Site &amp;time zone:</source>
        <translation>站点时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>启动服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this PC knows. Pick one from the list.</source>
        <translation>“%1”不是本机认识的时区。请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalAccessSection</name>
    <message>
        <source>Terminal access</source>
        <translation>考勤机访问</translation>
    </message>
    <message>
        <source>Any address; or networks such as 192.168.1.0/24, 10.0.0.0/8</source>
        <translation>任意地址；或网络，例如 192.168.1.0/24, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Allowed &amp;networks:</source>
        <translation>允许的网络(&amp;N)：</translation>
    </message>
    <message>
        <source>New terminals that ma&amp;y wait per address:</source>
        <translation>每个地址可等待批准的新考勤机数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Requests from other networks are refused and nothing of them is stored; separate networks with commas, and add 127.0.0.1 while a simulated terminal runs on this PC. A new terminal beyond the counts waiting for approval is refused until you approve or block some (0: none may wait). With automatic approval on, the counts do not apply.</source>
        <translation>来自其他网络的请求会被拒绝，且不保存其任何内容；多个网络用英文逗号分隔，在本机运行模拟考勤机期间请添加 127.0.0.1。超出等待批准数量上限的新考勤机会被拒绝，直到您批准或阻止其中一些（0：不允许任何考勤机等待）。开启自动批准时，这些数量限制不适用。</translation>
    </message>
    <message>
        <source>Not saved, not a network: %1. Write ADDRESS/PREFIX, such as 192.168.1.0/24 or fd00::/8; a single address is one host.</source>
        <translation>未保存，不是网络：%1。请按“地址/前缀”的格式填写，例如 192.168.1.0/24 或 fd00::/8；单个地址表示一台主机。</translation>
    </message>
    <message>
        <source>New terminals that may wait &amp;in total:</source>
        <translation>可等待批准的新考勤机总数(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalDetailsPane</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Select a terminal to see everything known about it.</source>
        <translation>选择一台考勤机以查看它的所有已知信息。</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>排队中的任务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>最后轮询</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>约 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>Counted offline after</source>
        <translation>判定离线的时间</translation>
    </message>
    <message numerus="yes">
        <source>%n s of silence</source>
        <translation>
            <numerusform>静默 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Terminal clock at the last poll</source>
        <translation>上次轮询时的考勤机时钟</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Firmware (fk_info)</source>
        <translation>固件 (fk_info)</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>固件文件</translation>
    </message>
    <message>
        <source>Record library</source>
        <translation>记录库</translation>
    </message>
    <message>
        <source>Supported enroll data</source>
        <translation>支持的登记数据</translation>
    </message>
    <message>
        <source>Fingerprint template version</source>
        <translation>指纹模板版本</translation>
    </message>
    <message>
        <source>Face template version</source>
        <translation>人脸模板版本</translation>
    </message>
    <message>
        <source>Palm vein template version</source>
        <translation>掌静脉模板版本</translation>
    </message>
    <message>
        <source>Restart command sent as</source>
        <translation>重启命令的发送方式</translation>
    </message>
    <message>
        <source>Counts (GET_DEVICE_STATUS)</source>
        <translation>数量 (GET_DEVICE_STATUS)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>%1 (pinned: requests from elsewhere are refused)</source>
        <translation>%1（已绑定：拒绝来自其他地址的请求）</translation>
    </message>
    <message>
        <source>Address before</source>
        <translation>之前的地址</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <extracomment>%1 the address a terminal talked from before, %2 when it changed</extracomment>
        <translation>%1，使用至 %2</translation>
    </message>
    <message>
        <source>Keypad activity: who enrolled or deleted whom at its keypad…</source>
        <translation>键盘操作记录：谁在其键盘上登记或删除了谁…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalJobBanner</name>
    <message>
        <source>Failed: %1 on %2: %3.</source>
        <translation>失败：%2 上的“%1”：%3。</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>完成：%2 上的“%1”。</translation>
    </message>
    <message>
        <source>Done: %1 on %2: %3.</source>
        <translation>完成：%2 上的“%1”：%3。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalNameForm</name>
    <message>
        <source>Renames the terminal. Terminals accept English letters, digits and punctuation, up to %1 characters.</source>
        <translation>重命名考勤机。考勤机接受英文字母、数字和标点符号，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPicker</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Choose a terminal…</source>
        <translation>选择考勤机…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPickerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Read the user from:</source>
        <translation>从以下考勤机读取员工(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Terminals:</source>
        <translation>考勤机(&amp;T)：</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline: the job waits for its next poll</source>
        <translation>离线：任务将等待其下次轮询</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No terminal holds this user yet: fetch it from a terminal first.</source>
        <translation>尚无考勤机拥有该员工：请先从考勤机获取。</translation>
    </message>
    <message>
        <source>Tick at least one terminal.</source>
        <translation>请至少勾选一台考勤机。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalTableModel</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Last heard from at %1</source>
        <translation>最后联系时间：%1</translation>
    </message>
    <message>
        <source>As the terminal reported at %1</source>
        <translation>考勤机于 %1 上报</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>打卡记录</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Record library</source>
        <translation>记录库</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>排队中的任务</translation>
    </message>
    <message>
        <source>Terminal clock %1 (site time) at the last poll, %2 s from this site&apos;s clock</source>
        <translation>上次轮询时考勤机时钟为 %1（站点时间），与本站点时钟相差 %2 秒</translation>
    </message>
    <message>
        <source>Not known yet: asked for at its next poll once the terminal is approved, or use Get status</source>
        <translation>尚未获知：考勤机获批准后会在其下次轮询时查询，也可以使用“获取状态”</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalsPage</name>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>危险操作</translation>
    </message>
    <message>
        <source>Send &amp;command…</source>
        <translation>发送命令(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>阻止(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Sync &amp;time</source>
        <translation>同步时间(&amp;T)</translation>
    </message>
    <message>
        <source>Get &amp;status</source>
        <translation>获取状态(&amp;S)</translation>
    </message>
    <message>
        <source>Pull &amp;logs…</source>
        <translation>获取打卡记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Pull &amp;user list</source>
        <translation>获取员工列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Set server a&amp;ddress…</source>
        <translation>设置服务器地址(&amp;D)…</translation>
    </message>
    <message>
        <source>Clear all &amp;logs…</source>
        <translation>清除所有打卡记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Clear all &amp;enrollments…</source>
        <translation>清除所有登记数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Danger</source>
        <translation>危险操作(&amp;D)</translation>
    </message>
    <message>
        <source>Select a terminal first.</source>
        <translation>请先选择考勤机。</translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation>请先批准考勤机：不会向未批准的考勤机发送任何命令。</translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet: see the Dashboard for how to connect one.</source>
        <translation>尚无考勤机连接过本机：请在“概览”中查看如何连接考勤机。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 online, %n waiting for approval</source>
        <translation>
            <numerusform>%2 台中 %1 台在线，%n 台等待批准</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%2 台中 %1 台在线</translation>
    </message>
    <message>
        <source>New terminals are approved automatically. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation>新考勤机会被自动批准。&lt;a href=&quot;settings&quot;&gt;在设置中更改&lt;/a&gt;</translation>
    </message>
    <message>
        <source>New terminals wait for your approval. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation>新考勤机需等待您的批准。&lt;a href=&quot;settings&quot;&gt;在设置中更改&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the command builder for the selected terminal</source>
        <translation>为所选考勤机打开新建命令对话框</translation>
    </message>
    <message>
        <source>&amp;Pin to its address</source>
        <translation>绑定到其地址(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Refuse requests with this terminal&apos;s ID from any address but %1</source>
        <translation>拒绝来自 %1 以外任何地址、带有此考勤机 ID 的请求</translation>
    </message>
    <message>
        <source>The terminal has not talked to this server yet.</source>
        <translation>该考勤机尚未与此服务器通信。</translation>
    </message>
    <message>
        <source>Who approved, blocked or pinned this terminal, and who sent it commands</source>
        <translation>谁批准、阻止或绑定了此考勤机，以及谁向其发送了命令</translation>
    </message>
    <message>
        <source>&amp;Keypad activity…</source>
        <translation>键盘操作记录(&amp;K)…</translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad: enrolments, deletions, settings</source>
        <translation>管理员在此考勤机键盘上执行的操作：登记、删除、设置</translation>
    </message>
    <message>
        <source>&amp;Download users…</source>
        <translation>下载员工(&amp;D)…</translation>
    </message>
    <message>
        <source>Select one terminal: this acts on one at a time.</source>
        <translation>请只选择一台考勤机：此操作每次只能作用于一台。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n terminal(s).</source>
        <translation>
            <numerusform>已为 %n 台考勤机加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Several employees</source>
        <translation>多名员工</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>已更改部门。</translation>
    </message>
    <message>
        <source>Set department</source>
        <translation>设置部门</translation>
    </message>
    <message>
        <source>Follows the department&apos;s week.</source>
        <translation>沿用部门的每周排班。</translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation>已保存每周排班。</translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation>设置排班</translation>
    </message>
    <message numerus="yes">
        <source>Send %n employee(s)</source>
        <translation>
            <numerusform>发送 %n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is sent as stored here, with photo and credentials; it replaces them on each terminal ticked.</source>
        <translation>每名员工都按此处保存的内容发送，包括照片和凭证；将替换每台已勾选考勤机上的该员工。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n employee(s)</source>
        <translation>
            <numerusform>发送 %n 名员工(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to terminals</source>
        <translation>发送到考勤机</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n employee(s)</source>
        <translation>
            <numerusform>复制 %n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation>将从一台考勤机读取每名员工及其在那里登记的所有内容，然后写入每台已勾选的考勤机。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n employee(s)</source>
        <translation>
            <numerusform>复制 %n 名员工(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on %1: nothing to copy from there.</source>
        <translation>不在 %1 上：无法从该考勤机复制。</translation>
    </message>
    <message>
        <source>Copy between terminals</source>
        <translation>在考勤机之间复制</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n employee(s)?</source>
        <translation>
            <numerusform>要禁用 %n 名员工吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation>从现在起，拥有这些员工的考勤机将拒绝其打卡，且自今天起报表对其没有应出勤要求。其指纹、卡和人脸会保留：启用后即可再次打卡。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n employee(s)</source>
        <translation>
            <numerusform>禁用 %n 名员工(&amp;D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>已禁用；已为 %n 台考勤机加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n employee(s) from every terminal holding them?</source>
        <translation>
            <numerusform>要从拥有这 %n 名员工的所有考勤机上删除他们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals delete them with their fingerprints, face, card and password. They stay stored on this PC and can be sent again.</source>
        <translation>考勤机将删除这些员工及其指纹、人脸、卡和密码。他们仍保存在本机上，可以再次发送。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n employee(s)</source>
        <translation>
            <numerusform>删除 %n 名员工(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>On no terminal: nothing to remove.</source>
        <translation>不在任何考勤机上：无需删除。</translation>
    </message>
    <message numerus="yes">
        <source>Removal queued for %n terminal(s).</source>
        <translation>
            <numerusform>已为 %n 台考勤机加入删除任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not for the others: %2</source>
        <extracomment>%1 &quot;Removal queued for 1 terminal.&quot;, %2 why not for the others</extracomment>
        <translation>%1 其他考勤机未加入：%2</translation>
    </message>
    <message>
        <source>Remove from terminals</source>
        <translation>从考勤机删除</translation>
    </message>
    <message numerus="yes">
        <source>Export the personal data of %n employee(s)</source>
        <translation>
            <numerusform>导出 %n 名员工的个人数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data to %1</source>
        <translation>将个人数据导出到 %1</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkDepartmentDialog</name>
    <message>
        <source>Set department</source>
        <translation>设置部门</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n employee(s)</source>
        <translation>
            <numerusform>移动 %n 名员工(&amp;M)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n selected employee(s) &amp;to:</source>
        <translation>
            <numerusform>将所选的 %n 名员工移至(&amp;T)：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkResultDialog</name>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n employee(s).</source>
        <translation>
            <numerusform>已对全部 %n 名员工完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done for any of the %n employee(s): see why below.</source>
        <translation>
            <numerusform>%n 名员工均未完成：原因见下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for %1; not for %2: see why below.</source>
        <extracomment>%1 &quot;3 employees&quot;, %2 &quot;1 employee&quot;</extracomment>
        <translation>已对 %1 完成；%2 未完成：原因见下方。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkScheduleDialog</name>
    <message>
        <source>&amp;Follow their department&apos;s week</source>
        <translation>沿用其部门的每周排班(&amp;F)</translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation>设置排班</translation>
    </message>
    <message>
        <source>This &amp;week of their own:</source>
        <translation>使用以下单独的每周排班(&amp;W)：</translation>
    </message>
    <message>
        <source>An employee without a week of their own follows their department&apos;s week, or the site&apos;s where the department has none.</source>
        <translation>没有单独每周排班的员工沿用其部门的每周排班；部门也没有时，沿用站点的每周排班。</translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts to plan a week of their own.</source>
        <translation>尚无班次：请先在“规则 → 班次”中创建班次，才能安排单独的每周排班。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n selected</source>
        <translation>
            <numerusform>应用到所选的 %n 名员工(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserCommandForm</name>
    <message>
        <source>Deletes the user and all their credentials from the terminal. The console keeps its own copy.</source>
        <translation>从考勤机删除该员工及其所有凭证。控制台会保留自己的副本。</translation>
    </message>
    <message>
        <source>Reads the user with name, privilege, photo and every credential into the console.</source>
        <translation>将员工的姓名、权限、照片和所有凭证读取到控制台。</translation>
    </message>
    <message>
        <source>Renames the user on the terminal and in the console.</source>
        <translation>在考勤机和控制台中重命名该员工。</translation>
    </message>
    <message>
        <source>Changes what the user may do on the terminal.</source>
        <translation>更改该员工在考勤机上的权限。</translation>
    </message>
    <message>
        <source>Reads one credential of the user into the console.</source>
        <translation>将该员工的一个凭证读取到控制台。</translation>
    </message>
    <message>
        <source>Sends one credential to the terminal: a template file, or for a password or card a file holding its digits.</source>
        <translation>向考勤机发送一个凭证：模板文件，或者对于密码或卡，发送包含其数字的文件。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>员工(&amp;U)：</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>凭证(&amp;C)：</translation>
    </message>
    <message>
        <source>Credential data (*)</source>
        <translation>凭证数据 (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Not in the console&apos;s store</source>
        <translation>不在控制台的存储中</translation>
    </message>
    <message>
        <source>No name stored</source>
        <translation>未保存姓名</translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation>请先按 Enter 键读取此文件。</translation>
    </message>
    <message>
        <source>Lets the user punch on this terminal, or refuses them at its keypad. Their templates stay on the terminal. To disable a leaver everywhere and stop expecting them in the reports, use Disable on the Users page.</source>
        <translation>允许该员工在此考勤机上打卡，或在其键盘上拒绝该员工。其模板保留在考勤机上。要在所有考勤机上禁用离职员工，并使报表不再对其有出勤要求，请使用“员工”页面上的“禁用”。</translation>
    </message>
    <message>
        <source>Enabled: may punch</source>
        <translation>已启用：允许打卡</translation>
    </message>
    <message>
        <source>Disabled: refused at the keypad</source>
        <translation>已禁用：在键盘上被拒绝</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserDetailsPane</name>
    <message>
        <source>Select a user to see its credentials, the terminals holding it and what changed.</source>
        <translation>选择一名员工以查看其凭证、拥有该员工的考勤机以及变更记录。</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>From terminal</source>
        <translation>来自考勤机</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remo&amp;ve from this terminal</source>
        <translation>从此考勤机删除(&amp;V)</translation>
    </message>
    <message>
        <source>Fetch from this termina&amp;l</source>
        <translation>从此考勤机获取(&amp;L)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>凭证(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Terminals holding this user</source>
        <translation>拥有该员工的考勤机(&amp;T)</translation>
    </message>
    <message>
        <source>Histor&amp;y of credential changes</source>
        <translation>凭证变更历史(&amp;Y)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>User ID %1 · %2 · %3 · %4</source>
        <translation>工号 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>May clock in</source>
        <translation>允许打卡</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>在此录入</translation>
    </message>
    <message>
        <source>backup_number %1</source>
        <translation>backup_number %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Disabled from %1 by %2: refused at the terminals, nothing expected in the reports</source>
        <extracomment>%1 the date from which the reports expect no work of them, %2 who disabled them</extracomment>
        <translation>自 %1 起由 %2 禁用：考勤机拒绝其打卡，报表中没有应出勤要求</translation>
    </message>
    <message>
        <source>Enr&amp;oll at a terminal…</source>
        <translation>在考勤机上登记(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditActions</name>
    <message>
        <source>User %1 saved. Send it to terminals to let it clock in there.</source>
        <translation>已保存员工 %1。请将其发送到考勤机，以便在那里打卡。</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>已保存员工 %1。</translation>
    </message>
    <message numerus="yes">
        <source>User %1 saved and queued for %n terminal(s).</source>
        <translation>
            <numerusform>已保存员工 %1，并已加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation>重命名员工</translation>
    </message>
    <message>
        <source>New name of user %1, on every terminal holding it:</source>
        <translation>员工 %1 的新姓名（将应用于拥有该员工的每台考勤机）：</translation>
    </message>
    <message>
        <source>User %1 renamed here; no terminal holds it.</source>
        <translation>已在此重命名员工 %1；没有考勤机拥有该员工。</translation>
    </message>
    <message numerus="yes">
        <source>Rename of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>已将“重命名员工 %1”加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change privilege</source>
        <translation>更改权限</translation>
    </message>
    <message>
        <source>Privilege of user %1 on every terminal holding it:</source>
        <translation>员工 %1 在拥有该员工的每台考勤机上的权限：</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation>数据库拒绝了此更改；未加入任何任务。</translation>
    </message>
    <message numerus="yes">
        <source>Privilege of user %1 set to %2; queued for %n terminal(s).</source>
        <translation>
            <numerusform>已将员工 %1 的权限设为 %2；已加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation>本机上没有保存员工 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 只保留姓名的前 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>编辑员工 %1</translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation>例如 1024</translation>
    </message>
    <message>
        <source>1 to 24 letters (A–Z), digits or underscores; what the terminal shows as the user number</source>
        <translation>1 至 24 个字母（A–Z）、数字或下划线；即考勤机上显示的员工编号</translation>
    </message>
    <message numerus="yes">
        <source>Some terminals show only the first %n characters</source>
        <translation>
            <numerusform>部分考勤机只显示前 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;May clock in</source>
        <translation>允许打卡(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation>删除照片(&amp;V)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to the %n terminal(s) holding this user</source>
        <translation>
            <numerusform>发送到拥有该员工的 %n 台考勤机(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>工号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>卡号(&amp;C)：</translation>
    </message>
    <message>
        <source>This file is not a picture this program can read.</source>
        <translation>此文件不是本程序能读取的图片。</translation>
    </message>
    <message>
        <source>The photo could not be converted to JPEG.</source>
        <translation>无法将照片转换为 JPEG。</translation>
    </message>
    <message>
        <source>The photo stays larger than %1 KB even when compressed; choose a simpler picture.</source>
        <translation>即使压缩后照片仍大于 %1 KB；请选择更简单的图片。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 bytes</source>
        <translation>%1 × %2 像素，%3 字节</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>User %1 already exists; edit it instead.</source>
        <translation>员工 %1 已存在；请改为编辑它。</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>数据库拒绝了此更改；未保存任何内容。</translation>
    </message>
    <message>
        <source>Digits only; empty for none</source>
        <translation>仅限数字；留空表示无</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserInfoForm</name>
    <message>
        <source>&amp;Enabled: may punch on the terminal</source>
        <translation>启用：允许在考勤机上打卡(&amp;E)</translation>
    </message>
    <message>
        <source>Include the stored p&amp;hoto</source>
        <translation>包含已保存的照片(&amp;H)</translation>
    </message>
    <message>
        <source>Digits; empty for none</source>
        <translation>数字；留空表示无</translation>
    </message>
    <message>
        <source>Card number; empty for none</source>
        <translation>卡号；留空表示无</translation>
    </message>
    <message>
        <source>Replaces the whole user on the terminal: credentials not included are deleted there. The console&apos;s store keeps exactly what is sent.</source>
        <translation>替换考勤机上的整个员工信息：未包含的凭证将在考勤机上被删除。控制台的存储会准确保留所发送的内容。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>员工(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Credent&amp;ials:</source>
        <translation>凭证(&amp;I)：</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>卡(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>A picture sent instead of the stored photo: scaled to %1 pixels and sent as a JPEG of at most %2 KB</source>
        <translation>代替已保存照片发送的图片：缩放到 %1 像素，并以不超过 %2 KB 的 JPEG 格式发送</translation>
    </message>
    <message>
        <source>Photo &amp;from a file:</source>
        <translation>从文件选取照片(&amp;F)：</translation>
    </message>
    <message>
        <source>This file is %1; a photo may be at most %2.</source>
        <translation>此文件大小为 %1；照片最大为 %2。</translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation>请先按 Enter 键读取此文件。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPicker</name>
    <message>
        <source>User id, or type a name to search</source>
        <translation>工号，或输入姓名进行搜索</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User id: “%1” is a name. Choose the person from the suggestions to fill in their id.</source>
        <translation>工号：“%1”是姓名。请从建议列表中选择该人员以填入其工号。</translation>
    </message>
    <message>
        <source>User id: %1 numbers its users, so the id is a number from 0 to %2.</source>
        <translation>工号：%1 以数字编号员工，因此工号必须是 0 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPrivacyActions</name>
    <message>
        <source>%1 exists already: nothing was written. Choose an empty folder.</source>
        <translation>%1 已存在：未写入任何内容。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2): nothing was left behind.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1（%2）：未留下任何文件。</translation>
    </message>
    <message>
        <source>Export the personal data of %1</source>
        <translation>导出 %1 的个人数据</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is in %2 (%n file(s), readable by you alone).</source>
        <translation>
            <numerusform>%1 的个人数据已保存在 %2（%n 个文件，仅您本人可读取）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s) and the photo.</source>
        <translation>
            <numerusform>已删除 %1 的个人数据：%n 个凭证和照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s).</source>
        <translation>
            <numerusform>已删除 %1 的个人数据：%n 个凭证。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Deleting them from %n terminal(s) is queued.</source>
        <translation>
            <numerusform>%1 已将删除任务加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserStatusActions</name>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1（员工 %2）</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>禁用员工</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>要禁用 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>The %n terminal(s) holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation>
            <numerusform>从现在起，拥有该员工的 %n 台考勤机将拒绝其打卡，且自今天起报表对其没有应出勤要求。其指纹、卡和人脸会保留：启用后即可再次打卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is enabled; no terminal holds them yet.</source>
        <translation>%1 已启用；目前还没有考勤机拥有该员工。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is enabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 已启用；已加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled; no terminal holds them.</source>
        <translation>%1 已禁用；没有考勤机拥有该员工。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 已禁用；已加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTableModel</name>
    <message>
        <source>Photo stored</source>
        <translation>已保存照片</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n terminals</source>
        <translation>
            <numerusform>%n 台考勤机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refused at the terminals; the reports expect no work of them. Enable lets them punch again.</source>
        <translation>考勤机拒绝其打卡；报表对其没有应出勤要求。启用后即可再次打卡。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Known only from a terminal&apos;s user list: fetch it from that terminal before sending it to another one, or its fingerprints there would be lost.</source>
        <translation>仅从考勤机的员工列表得知：请先从该考勤机获取，再发送到其他考勤机，否则那里的指纹将会丢失。</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>尚未获取</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTerminalActions</name>
    <message>
        <source>Send user %1</source>
        <translation>发送员工 %1</translation>
    </message>
    <message>
        <source>The user is sent as stored here, with photo and credentials; it replaces the user on each terminal ticked.</source>
        <translation>员工将按此处保存的内容发送，包括照片和凭证；它将替换每台已勾选考勤机上的该员工。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>User %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>员工 %1 已加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user %1 from terminals</source>
        <translation>从考勤机删除员工 %1</translation>
    </message>
    <message>
        <source>The terminals ticked delete the user with its fingerprints, face, card and password. The user stays stored on this PC and can be sent again.</source>
        <translation>已勾选的考勤机将删除该员工及其指纹、人脸、卡和密码。该员工仍保存在本机上，可以再次发送。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Removal of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>已将“从 %n 台考勤机删除员工 %1”加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>Remove user %1 from terminal %2? The terminal deletes its fingerprints, face, card and password; the user stays stored on this PC.</source>
        <translation>要从考勤机 %2 删除员工 %1 吗？考勤机将删除其指纹、人脸、卡和密码；该员工仍保存在本机上。</translation>
    </message>
    <message>
        <source>Removal of user %1 from %2 queued.</source>
        <translation>已将“从 %2 删除员工 %1”加入队列。</translation>
    </message>
    <message>
        <source>Copy user %1</source>
        <translation>复制员工 %1</translation>
    </message>
    <message>
        <source>The user is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation>将从一台考勤机读取该员工及其在那里登记的所有内容，然后写入每台已勾选的考勤机。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Copy of user %1 from %2 queued for %n terminal(s).</source>
        <translation>
            <numerusform>已将“从 %2 复制员工 %1”加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching user %1 from %2 queued; the user appears here when the terminal answers.</source>
        <translation>已将“从 %2 获取员工 %1”加入队列；考勤机应答后该员工会出现在这里。</translation>
    </message>
    <message>
        <source>The database refused the credential; nothing was stored.</source>
        <translation>数据库拒绝了该凭证；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 of user %2 stored.</source>
        <translation>已保存员工 %2 的%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Sending queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 已将发送任务加入 %n 台考勤机的队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user %1 from %2</source>
        <translation>从 %2 复制员工 %1</translation>
    </message>
    <message>
        <source>The user is read from %1, with the credential just enrolled, and written to each terminal ticked, as one operation on the Jobs page.</source>
        <translation>将从 %1 读取该员工及刚登记的凭证，并写入每台已勾选的考勤机；在“任务”页面中显示为一项操作。</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Privilege…</source>
        <translation>权限(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Send to terminals…</source>
        <translation>发送到考勤机(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy between terminals…</source>
        <translation>在考勤机之间复制(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove from terminals…</source>
        <translation>从考勤机删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import credential file…</source>
        <translation>导入凭证文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Fetch from terminal…</source>
        <translation>从考勤机获取(&amp;F)…</translation>
    </message>
    <message>
        <source>Search name or user ID</source>
        <translation>搜索姓名或工号</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Open job</source>
        <translation>打开任务(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No users yet: they arrive when someone enrolls on a terminal, or add one here.</source>
        <translation>尚无员工：有人在考勤机上登记后员工会自动出现，也可以在此添加。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on no terminal</source>
        <translation>
            <numerusform>%n 名不在任何考勤机上</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
    <message numerus="yes">
        <source>%1 Some terminals show only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 部分考勤机只显示姓名的前 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Departmen&amp;ts…</source>
        <translation>部门(&amp;T)…</translation>
    </message>
    <message>
        <source>Send co&amp;mmand…</source>
        <translation>发送命令(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>导出个人数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>删除个人数据…</translation>
    </message>
    <message>
        <source>All my departments</source>
        <translation>我的所有部门</translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation>禁用(&amp;B)…</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有员工</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled (leavers)</source>
        <translation>已禁用（离职）</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Enr&amp;oll…</source>
        <translation>登记(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 %2 will keep only &quot;%3&quot;.</source>
        <translation>%1 %2 将只保留“%3”。</translation>
    </message>
    <message>
        <source>Set de&amp;partment…</source>
        <translation>设置部门(&amp;P)…</translation>
    </message>
    <message>
        <source>Set sc&amp;hedule…</source>
        <translation>设置排班(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>已选择 %n 名员工</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WeekShiftsEditor</name>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WorkingDayPunchTable</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>考勤机</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
</context>
</TS>
