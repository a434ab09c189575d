<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
</context>
<context>
    <name>AbcDialog</name>
    <message>
        <source>ABC analysis</source>
        <translation>ABC分析</translation>
    </message>
    <message>
        <source>Reclassify now</source>
        <translation>立即重新分类</translation>
    </message>
    <message>
        <source>Give every part the class shown here and keep the change in its history. The review periods and service levels follow.</source>
        <translation>按此处显示的类别给每个配件分类，并记入分类历史。检查周期和服务水平随之改变。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Pin class…</source>
        <translation>固定分类…</translation>
    </message>
    <message>
        <source>Keep the selected part in a class whatever its consumption (safety-critical, the manufacturer&apos;s mandatory stock list), with the reason</source>
        <translation>无论消耗多少，都把所选配件固定在某一类（安全件、厂家必备库存清单），并写明原因</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Last 12 months: %1 of %2 parts were used. A %3, B %4, C %5 parts. %6 parts are dead stock (on the shelf, no movement for 12 months). %7 parts would change class.</source>
        <translation>最近12个月：%2个配件中有%1个有消耗。A类%3个，B类%4个，C类%5个。呆滞库存%6个（有库存，12个月无任何出入库）。%7个配件的类别将改变。</translation>
    </message>
    <message>
        <source>No pin (by consumption)</source>
        <translation>不固定（按消耗分类）</translation>
    </message>
    <message>
        <source>Pin class</source>
        <translation>固定分类</translation>
    </message>
    <message>
        <source>%1: keep it in class</source>
        <translation>%1：固定为</translation>
    </message>
    <message>
        <source>Why (e.g. safety-critical, on the manufacturer&apos;s mandatory stock list)?</source>
        <translation>原因（例如：安全件、厂家必备库存清单）？</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AccidentTab</name>
    <message>
        <source>Not an accident case. Open one when an insurer pays for this repair.</source>
        <translation>不是事故案件。由保险公司付款的维修，请在这里建立事故案件。</translation>
    </message>
    <message>
        <source>Open an accident case…</source>
        <translation>建立事故案件…</translation>
    </message>
    <message>
        <source>Insurer pays %1 · customer pays %2</source>
        <translation>保险公司付 %1 · 客户付 %2</translation>
    </message>
    <message>
        <source>Open the case…</source>
        <translation>打开案件…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>The PC that holds the data needs a PostgreSQL server. If it has none yet, install one first:</source>
        <translation>存放数据的电脑需要一个 PostgreSQL 服务器。如果还没有，请先安装：</translation>
    </message>
    <message>
        <source>Server (name or address)</source>
        <translation>服务器（名称或地址）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>Found PostgreSQL %1.</source>
        <translation>已找到 PostgreSQL %1。</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By advisor</source>
        <translation>按服务顾问</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按技师</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>%1 follow-up calls today (%2 overdue)</source>
        <translation>今天 %1 个回访电话（%2 个已逾期）</translation>
    </message>
    <message>
        <source>%1 complaints past their deadline</source>
        <translation>%1 件投诉已超过处理期限</translation>
    </message>
    <message>
        <source>%1 customers to tell their solution today</source>
        <translation>%1 位客户今天要告知解决方案</translation>
    </message>
</context>
<context>
    <name>AftercareSettings</name>
    <message>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>First call: from day … to day … after delivery</source>
        <translation>第一次回访：交车后第几天到第几天</translation>
    </message>
    <message>
        <source>Second call: from day … to day … after the first</source>
        <translation>第二次回访：第一次后第几天到第几天</translation>
    </message>
    <message>
        <source>Tries before unreachable</source>
        <translation>拨打几次仍未接通记为联系不上</translation>
    </message>
    <message>
        <source>A score below this opens a complaint</source>
        <translation>低于此分自动开投诉单</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>回访问题</translation>
    </message>
    <message>
        <source>Complaints resolved within (working days)</source>
        <translation>投诉处理期限（工作日）</translation>
    </message>
    <message>
        <source>the information clerk&apos;s login; empty: anyone&apos;s list</source>
        <translation>信息员的登录名；留空则大家都可以打</translation>
    </message>
    <message>
        <source>New calls go to</source>
        <translation>新回访分给</translation>
    </message>
    <message>
        <source>Save the follow-up rules</source>
        <translation>保存回访规则</translation>
    </message>
    <message>
        <source>Working calendar (holidays and make-up working days)</source>
        <translation>工作日历（节假日与调休上班日）</translation>
    </message>
    <message>
        <source>国庆节, 春节调休 …</source>
        <translation>国庆节、春节调休……</translation>
    </message>
    <message>
        <source>Set the day</source>
        <translation>设置这一天</translation>
    </message>
    <message>
        <source>Back to a usual day</source>
        <translation>恢复为普通日</translation>
    </message>
    <message>
        <source>Follow-up rules saved.</source>
        <translation>回访规则已保存。</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce a meeting</source>
        <translation>发布会议通知</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that ServiceBay did not expect. What you saved before is safe; the action that failed was not saved.

The details are in the log file:
%1</source>
        <translation>售后管家遇到了一个意外问题。之前保存的数据是安全的；刚才失败的操作没有保存。

详细信息见日志文件：
%1</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The shop %1 is in use by another program (or a restore is running).

Trying again in %2 s.</source>
        <translation>门店数据 %1 正被其他程序占用（或正在恢复备份）。

%2 秒后自动重试。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>ServiceBay</source>
        <translation>售后管家</translation>
    </message>
    <message>
        <source>There is no shop at %1 (was a drive removed, or the file moved?).

Start a new, empty shop there? Choose No to quit and look for the file first.</source>
        <translation>%1 处没有门店数据（是否拔掉了磁盘，或文件被移动了？）。

要在这里新建一个空门店吗？选“否”将退出，请先找到原文件。</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1

Details are in %2.</source>
        <translation>无法打开数据库：%1

详细信息见 %2。</translation>
    </message>
    <message>
        <source>The shop could not be opened.</source>
        <translation>无法打开店铺数据。</translation>
    </message>
</context>
<context>
    <name>AppointmentView</name>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>Confirmed by phone…</source>
        <translation>电话已确认…</translation>
    </message>
    <message>
        <source>Another time…</source>
        <translation>改时间…</translation>
    </message>
    <message>
        <source>The car arrived…</source>
        <translation>车已到店…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Slip and roof sign…</source>
        <translation>预约单和车顶牌…</translation>
    </message>
    <message>
        <source>Customer: %1 %2 · %3 %4</source>
        <translation>客户：%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>new caller</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Concern: %1</source>
        <translation>客户描述：%1</translation>
    </message>
    <message>
        <source>Planned: %1 min · technician %2 · bay %3</source>
        <translation>预计 %1 分钟 · 技师 %2 · 工位 %3</translation>
    </message>
    <message>
        <source> (reserved %1, to order %2)</source>
        <translation>（已预留 %1，需订货 %2）</translation>
    </message>
    <message>
        <source>%1 earlier no-shows</source>
        <translation>以前爽约 %1 次</translation>
    </message>
    <message>
        <source>Booked into the walk-in buffer by %1.</source>
        <translation>%1 占用了留给到店客户的缓冲格。</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Walk-in buffer</source>
        <translation>缓冲格</translation>
    </message>
    <message>
        <source>Book it anyway</source>
        <translation>仍然预约</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>电话已确认</translation>
    </message>
    <message>
        <source>What the customer said:</source>
        <translation>客户怎么说：</translation>
    </message>
    <message>
        <source>The car arrived</source>
        <translation>车已到店</translation>
    </message>
    <message>
        <source>Odometer (km):</source>
        <translation>进厂里程（公里）：</translation>
    </message>
    <message>
        <source>Customer on file</source>
        <translation>已有档案</translation>
    </message>
    <message>
        <source>%1 is on file with this phone. Add the car to their file?</source>
        <translation>这个电话已有客户档案：%1。把车加到他的档案里吗？</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>加到 %1 名下</translation>
    </message>
    <message>
        <source>Make a new file</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Appointment slip and roof sign</source>
        <translation>预约单和车顶牌</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>We called (due list)</source>
        <translation>主动预约（提醒名单）</translation>
    </message>
    <message>
        <source>The customer called</source>
        <translation>被动预约（客户来电）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>到店</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Confirmation calls</source>
        <translation>确认电话</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>The month&apos;s own goal (本月重点工作)</source>
        <translation>本月重点工作</translation>
    </message>
    <message>
        <source>Internal satisfaction (内部满意度)</source>
        <translation>内部满意度</translation>
    </message>
    <message>
        <source>Discipline (工作纪律)</source>
        <translation>工作纪律</translation>
    </message>
    <message>
        <source>Attendance (出勤)</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Three A months in a row: an award is due.</source>
        <translation>连续三个月A级：应予奖励。</translation>
    </message>
    <message>
        <source>Two D months in a row: an improvement plan is due.</source>
        <translation>连续两个月D级：应制定改进计划。</translation>
    </message>
    <message>
        <source>D again after an improvement plan: a warning is due.</source>
        <translation>改进计划后仍为D级：应予警告。</translation>
    </message>
    <message>
        <source>Two E months in a row: a warning is due.</source>
        <translation>连续两个月E级：应予警告。</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <source>goals agreed</source>
        <translation>已定目标</translation>
    </message>
    <message>
        <source>self-scored</source>
        <translation>已自评</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Goal or measure</source>
        <translation>目标 / 指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议得分</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation>员工绩效考核</translation>
    </message>
    <message>
        <source>Plan the month for everyone</source>
        <translation>为全员制定本月考核</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Who enters it…</source>
        <translation>指定录入人…</translation>
    </message>
    <message>
        <source>Save the goals</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Fill in from the records</source>
        <translation>从系统取数</translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation>保存我的评分</translation>
    </message>
    <message>
        <source>Save the manager&apos;s score</source>
        <translation>保存上级评分</translation>
    </message>
    <message>
        <source>Adjust the grade…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签字…</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>Answer the appeal…</source>
        <translation>处理申诉…</translation>
    </message>
    <message>
        <source>Print the form…</source>
        <translation>打印考核表…</translation>
    </message>
    <message>
        <source>Goals and scores</source>
        <translation>目标与评分</translation>
    </message>
    <message>
        <source>Figures to enter</source>
        <translation>待录入数据</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Scored from %1 to %2</source>
        <translation>评分时间：%1 至 %2</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>等级分布：%1</translation>
    </message>
    <message>
        <source>guide %1%</source>
        <translation>参考 %1%</translation>
    </message>
    <message>
        <source>%1 appraisals planned for %2.</source>
        <translation>已为 %2 制定 %1 张考核表。</translation>
    </message>
    <message>
        <source>Choose a person&apos;s month on the left.</source>
        <translation>请在左侧选择一个人的考核表。</translation>
    </message>
    <message>
        <source>(on probation: not graded)</source>
        <translation>（试用期：不评级）</translation>
    </message>
    <message>
        <source>Not entered by the set day, or entered after it</source>
        <translation>未在规定日期前录入，或录入晚于规定日期</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>直接上级 %1</translation>
    </message>
    <message>
        <source>manager&apos;s manager %1</source>
        <translation>上级主管 %1</translation>
    </message>
    <message>
        <source>Self %1 · Manager %2 · Score %3 · Grade %4</source>
        <translation>自评 %1 · 上级评分 %2 · 最终得分 %3 · 等级 %4</translation>
    </message>
    <message>
        <source>Adjusted from %1: %2</source>
        <translation>由 %1 调整：%2</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>已签字：%1</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>申诉：%1</translation>
    </message>
    <message>
        <source>Choose a goal in the table first.</source>
        <translation>请先在表格中选择一项目标。</translation>
    </message>
    <message>
        <source>The program fills in the measures from the records; choose a goal.</source>
        <translation>指标由程序根据业务记录自动填写；请选择一项目标。</translation>
    </message>
    <message>
        <source>Nobody (the manager enters it)</source>
        <translation>不指定（由经理录入）</translation>
    </message>
    <message>
        <source>Who enters it</source>
        <translation>指定录入人</translation>
    </message>
    <message>
        <source>The achieved figure is entered by:</source>
        <translation>完成情况由谁录入：</translation>
    </message>
    <message>
        <source>Save the goals to keep it.</source>
        <translation>请点“保存目标”使其生效。</translation>
    </message>
    <message>
        <source>Adjust the grade</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>As the direct manager</source>
        <translation>以直接上级身份</translation>
    </message>
    <message>
        <source>As the manager&apos;s manager</source>
        <translation>以上级主管身份</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Sign the appraisal of %1</source>
        <translation>为 %1 的考核表签字</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Why do you appeal the grade?</source>
        <translation>申诉理由：</translation>
    </message>
    <message>
        <source>Answer the appeal</source>
        <translation>处理申诉</translation>
    </message>
    <message>
        <source>The outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>维持 %1</translation>
    </message>
    <message>
        <source>Appraisal %1</source>
        <translation>考核表 %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB (take the photo at a lower resolution).</source>
        <translation>{name} 有 {size} MB，最多 {limit} MB（请用较低分辨率拍照）。</translation>
    </message>
    <message>
        <source>{name} is not a photo (JPEG, PNG) or a PDF, or it is damaged.</source>
        <translation>{name} 不是照片（JPEG、PNG）或PDF文件，或者文件已损坏。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation>无法读取 {name}：{why}</translation>
    </message>
    <message>
        <source>At most {count} files on one record.</source>
        <translation>每条记录最多 {count} 个文件。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>过户</translation>
    </message>
    <message>
        <source>plate or VIN changed</source>
        <translation>改车牌或VIN</translation>
    </message>
    <message>
        <source>odometer below the last</source>
        <translation>里程低于上次</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>sold below cost</source>
        <translation>低于成本销售</translation>
    </message>
    <message>
        <source>part issued</source>
        <translation>发料</translation>
    </message>
    <message>
        <source>part returned</source>
        <translation>退料</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>returned to supplier</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <source>stock adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>stock-take posted</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>ABC class pinned</source>
        <translation>固定ABC分类</translation>
    </message>
    <message>
        <source>price differs</source>
        <translation>进价差异</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>红字单</translation>
    </message>
    <message>
        <source>paid back</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>discount approved</source>
        <translation>批准折扣</translation>
    </message>
    <message>
        <source>fapiao recorded</source>
        <translation>登记发票</translation>
    </message>
    <message>
        <source>cash counted</source>
        <translation>现金日结</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>owner made</source>
        <translation>建立店主</translation>
    </message>
    <message>
        <source>owner&apos;s recovery code used</source>
        <translation>使用店主恢复码</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>设置PIN码</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>取消PIN码</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>user reactivated</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>permissions changed</source>
        <translation>修改权限</translation>
    </message>
    <message>
        <source>clocking corrected</source>
        <translation>更正打卡</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>follow-up call logged</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>follow-up call not made</source>
        <translation>不再回访</translation>
    </message>
    <message>
        <source>inbound call logged</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>letter logged</source>
        <translation>登记信函</translation>
    </message>
    <message>
        <source>deputy named</source>
        <translation>安排代班</translation>
    </message>
    <message>
        <source>deputy removed</source>
        <translation>取消代班</translation>
    </message>
    <message>
        <source>complaint received</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>complaint state changed</source>
        <translation>投诉状态变更</translation>
    </message>
    <message>
        <source>complaint escalated</source>
        <translation>投诉升级</translation>
    </message>
    <message>
        <source>complaint note</source>
        <translation>投诉备注</translation>
    </message>
    <message>
        <source>complaint reported to the manager</source>
        <translation>投诉已上报经理</translation>
    </message>
    <message>
        <source>complaint solution found</source>
        <translation>投诉找到解决方案</translation>
    </message>
    <message>
        <source>customer told the solution</source>
        <translation>已告知客户解决方案</translation>
    </message>
    <message>
        <source>complaint handed over</source>
        <translation>投诉转交</translation>
    </message>
    <message>
        <source>goodwill given</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <source>working calendar changed</source>
        <translation>工作日历修改</translation>
    </message>
    <message>
        <source>working calendar day removed</source>
        <translation>工作日历删除一天</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>clocking</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>stock-take</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>cash count</source>
        <translation>现金日结</translation>
    </message>
    <message>
        <source>stock movement</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>call register</source>
        <translation>回访登记</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>代班</translation>
    </message>
    <message>
        <source>working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有对象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Refusals only</source>
        <translation>只看被拒绝的</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>已导出 %1 条记录。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot use the drive or folder: {error}. Nothing was changed there.</source>
        <translation>无法使用该驱动器或文件夹：{error}。那里没有任何改动。</translation>
    </message>
    <message>
        <source>This file is not a ServiceBay backup.</source>
        <translation>此文件不是售后管家的备份。</translation>
    </message>
    <message>
        <source>The backup is incomplete (was the drive removed while it was written?).</source>
        <translation>备份不完整（写入时是否拔出了U盘？）。</translation>
    </message>
    <message>
        <source>The backup&apos;s description is damaged.</source>
        <translation>备份的说明信息已损坏。</translation>
    </message>
    <message>
        <source>The backup is damaged: its contents do not match their checksum.</source>
        <translation>备份已损坏：内容与校验值不符。</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the encrypted backup was altered).</source>
        <translation>密码错误（或加密备份被改动过）。</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation>此备份已加密：请输入密码。</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged; it cannot be restored.</source>
        <translation>备份中的数据库已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>The database inside the backup does not match its description.</source>
        <translation>备份中的数据库与其说明不符。</translation>
    </message>
    <message>
        <source>This backup was made by a newer ServiceBay; install that version to restore it.</source>
        <translation>此备份由更新版本的售后管家制作；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>The current database is damaged, so no backup was made. Restore the last good backup.</source>
        <translation>当前数据库已损坏，因此没有制作备份。请恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <source>What was written to the drive reads back differently: the drive is faulty. The backup was not kept; use another drive.</source>
        <translation>写入U盘的内容读回后不一致：U盘有故障。此次备份未保留，请换一个U盘。</translation>
    </message>
    <message>
        <source>The database inside this backup is not a ServiceBay shop; it cannot be restored.</source>
        <translation>此备份中的数据库不是售后管家的门店数据，不能恢复。</translation>
    </message>
    <message>
        <source>The backup&apos;s description and the database inside it name different versions of the data; it cannot be restored.</source>
        <translation>备份说明与其中数据库的数据版本不一致，不能恢复。</translation>
    </message>
    <message>
        <source>Made %1 by ServiceBay %2</source>
        <translation>制作于 %1，售后管家 %2</translation>
    </message>
    <message>
        <source>%1 customers, %2 vehicles, %3 work orders</source>
        <translation>%1 位客户，%2 辆车，%3 张工单</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation>已用密码加密</translation>
    </message>
    <message>
        <source>The database inside the backup was changed outside ServiceBay ({what}); it cannot be restored.</source>
        <translation>备份中的数据库曾在售后管家之外被改动（{what}），不能恢复。</translation>
    </message>
    <message>
        <source>The shop is still open in ServiceBay on {where}. Close it there, then restore again. Nothing was changed.</source>
        <translation>{where} 的售后管家仍打开着这个门店。请先在那里关闭，再重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no shop at {path}; nothing was backed up.</source>
        <translation>{path} 处没有门店数据，未进行备份。</translation>
    </message>
    <message>
        <source>The drive is formatted FAT32, which cannot hold a file of 4 GB or more, and the backup needs about {need}. Use a drive formatted exFAT or NTFS.</source>
        <translation>该磁盘为 FAT32 格式，不能存放 4 GB 及以上的文件，而本次备份约需 {need}。请使用 exFAT 或 NTFS 格式的磁盘。</translation>
    </message>
    <message>
        <source>The drive has {free} free, and the backup needs about {need}. Use a larger drive or delete old files from it. Nothing was written.</source>
        <translation>该磁盘剩余 {free}，本次备份约需 {need}。请换用更大的磁盘或删除其中的旧文件。未写入任何内容。</translation>
    </message>
    <message>
        <source>The file {path} is not a ServiceBay shop; nothing was backed up.</source>
        <translation>文件 {path} 不是售后管家的门店数据，未进行备份。</translation>
    </message>
    <message>
        <source>The shop holds no data yet, so there is nothing to back up.</source>
        <translation>门店还没有任何数据，无需备份。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a USB drive</source>
        <translation>备份到U盘</translation>
    </message>
    <message>
        <source>Looking for USB drives…</source>
        <translation>正在查找U盘…</translation>
    </message>
    <message>
        <source>The drive or folder for the backup</source>
        <translation>备份到的驱动器或文件夹</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>用密码保护</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Without the passphrase nobody, not even ServiceBay, can restore an encrypted backup. Write it down and keep it safe.</source>
        <translation>没有密码，任何人（包括售后管家）都无法恢复加密备份。请记下密码并妥善保管。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>%1  (%2 GB free)</source>
        <translation>%1（剩余 %2 GB）</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder below.</source>
        <translation>没有找到U盘：请插入U盘，或在下面选择一个文件夹。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose the drive or folder for the backup.</source>
        <translation>请选择备份到的驱动器或文件夹。</translation>
    </message>
    <message>
        <source>Use a passphrase of at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Backing up… you can keep working in the meantime.</source>
        <translation>正在备份……期间可以继续工作。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>This system could not read the backup back past its cache, so a drive that lies about its size would not be caught. Run &apos;servicebay verify&apos; on it after plugging the drive in again.</source>
        <translation>本系统回读备份时无法绕过缓存，虚标容量的U盘（扩容盘）可能查不出来。请重新插拔U盘后对该备份运行 &apos;servicebay verify&apos;。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up to USB…</source>
        <translation>备份到U盘…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Last verified backup: %1 (%2, %3)</source>
        <translation>最近一次校验过的备份：%1（%2，%3）</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Technicians (drop a car here)</source>
        <translation>技师（把车拖到这里派工）</translation>
    </message>
    <message>
        <source>Bays (drop a car here)</source>
        <translation>工位（把车拖到这里）</translation>
    </message>
    <message>
        <source>Show on the TV</source>
        <translation>电视看板</translation>
    </message>
    <message>
        <source>The board full screen on the second monitor, read-only, large type (Esc closes it)</source>
        <translation>在第二台显示器（电视）上全屏显示看板，只读、大字（按 Esc 关闭）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>%1 booked %2 h of %3 h</source>
        <translation>%1 已约 %2 / %3 工时</translation>
    </message>
    <message>
        <source>Appointments: </source>
        <translation>预约负荷：</translation>
    </message>
    <message>
        <source>%1 cars in the shop · %2 waiting for parts · %3 at the wash · %4 late, customer not told · %5 technicians free</source>
        <translation>在厂 %1 辆 · 待料 %2 辆 · 洗车 %3 辆 · 超时未通知 %4 辆 · 空闲技师 %5 人</translation>
    </message>
    <message>
        <source>%1 — free</source>
        <translation>%1 — 空闲</translation>
    </message>
    <message>
        <source>%1 — %2 car(s)</source>
        <translation>%1 — %2 台车</translation>
    </message>
    <message>
        <source>%1 dispatched.</source>
        <translation>%1 已派工。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>A new caller (not on file yet)</source>
        <translation>新来电客户（还没有档案）</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>New caller</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>When, with whom</source>
        <translation>时间和服务顾问</translation>
    </message>
    <message>
        <source>The customer&apos;s concern, in their words</source>
        <translation>客户描述（客户原话）</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>(add a maintenance package)</source>
        <translation>（添加保养套餐）</translation>
    </message>
    <message>
        <source>(add a labour operation)</source>
        <translation>（添加工时项目）</translation>
    </message>
    <message>
        <source>Planned work</source>
        <translation>预约项目</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>删除这一行</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（暂不指定）</translation>
    </message>
    <message>
        <source>Technician and bay</source>
        <translation>技师和工位</translation>
    </message>
    <message>
        <source>Booked how</source>
        <translation>预约来源和方式</translation>
    </message>
    <message>
        <source>%1: %2 earlier appointments</source>
        <translation>%1：以前预约 %2 次</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>爽约 %1 次</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Walk-in buffer</source>
        <translation>缓冲格</translation>
    </message>
    <message>
        <source>Book it anyway</source>
        <translation>仍然预约</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Unknown column or field in --map {pair}. The fields for {kind}: {fields}</source>
        <translation>--map {pair} 中的列名或字段不存在。{kind} 可用的字段：{fields}</translation>
    </message>
    <message>
        <source>The columns {columns} all look like {field}: say which one with --map &quot;{first}={field}&quot;.</source>
        <translation>列 {columns} 看起来都是 {field}：请用 --map &quot;{first}={field}&quot; 指明用哪一列。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Backup of {time}, shop &quot;{shop}&quot;, ServiceBay {version}, schema {schema}: {customers} customers, {orders} work orders, {rows} rows in all.</source>
        <translation>{time} 的备份，门店“{shop}”，售后管家 {version}，结构 {schema}：{customers} 位客户，{orders} 张工单，共 {rows} 行。</translation>
    </message>
    <message>
        <source>No passphrase given; nothing was written.</source>
        <translation>没有提供密码；未写入任何内容。</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translation>备份已写入并校验：{file}</translation>
    </message>
    <message>
        <source>The backup is good.</source>
        <translation>备份完好。</translation>
    </message>
    <message>
        <source>Add --yes to replace the current data without being asked.</source>
        <translation>加上 --yes 可不经询问直接替换当前数据。</translation>
    </message>
    <message>
        <source>Replace ALL current data with this backup? A safety copy is kept. [y/N] </source>
        <translation>用此备份替换全部当前数据？会先保留一份安全副本。[y/N] </translation>
    </message>
    <message>
        <source>Restored. The previous data was kept in {folder}.</source>
        <translation>已恢复。原来的数据保留在 {folder}。</translation>
    </message>
    <message>
        <source>As of {day}: {a} A parts, {b} B parts, {c} C parts (current classes unchanged).</source>
        <translation>截至 {day}：A 类 {a} 种，B 类 {b} 种，C 类 {c} 种（当前分类未改动）。</translation>
    </message>
    <message>
        <source>Classified: {a} A parts, {b} B parts, {c} C parts.</source>
        <translation>分类完成：A 类 {a} 种，B 类 {b} 种，C 类 {c} 种。</translation>
    </message>
    <message>
        <source>{count} parts to order.</source>
        <translation>需要订货的配件 {count} 种。</translation>
    </message>
    <message>
        <source>Imported {parts} parts ({stock} with opening stock) and {suppliers} new suppliers.</source>
        <translation>已导入{parts}个配件（其中{stock}个有期初库存），新增{suppliers}个供应商。</translation>
    </message>
    <message>
        <source>Imported {issues} past issues of {parts} parts.</source>
        <translation>已导入{parts}个配件的{issues}条历史出库。</translation>
    </message>
    <message>
        <source>row {row} (the header is row 1), {field}: {message}</source>
        <translation>第 {row} 行（含表头），{field}：{message}</translation>
    </message>
    <message>
        <source>Imported {campaigns} campaign(s): {cars} cars, {ours} of them on file.</source>
        <translation>已导入 {campaigns} 个活动：{cars} 辆车，其中 {ours} 辆在本店档案里。</translation>
    </message>
    <message>
        <source>{count} rows were set aside, with the reason, in {file}: fix them there and import that file.</source>
        <translation>{count} 行有问题，已连同原因另存到 {file}：请在那里改正后再导入该文件。</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {new} new customers, {old} existing customers, {vehicles} vehicles; {present} vehicles were already on file.</source>
        <translation>已导入 {rows} 行：新客户 {new} 位，已有客户 {old} 位，车辆 {vehicles} 辆；{present} 辆车已在档案中。</translation>
    </message>
    <message>
        <source>Note: this system could not read the backup back past its cache, so a drive that lies about its size would not be caught. Run &apos;servicebay verify&apos; on the backup after plugging the drive in again.</source>
        <translation>注意：本系统回读备份时无法绕过缓存，虚标容量的U盘（扩容盘）可能查不出来。请重新插拔U盘后对该备份运行 &apos;servicebay verify&apos;。</translation>
    </message>
    <message>
        <source>Note: {count} VINs of cars built for other markets carry no check digit (accepted as they are): {vins}.</source>
        <translation>提示：有 {count} 个车架号属于为其他市场生产的车辆，第 9 位不是校验位（已按原样接受）：{vins}。</translation>
    </message>
    <message>
        <source>Kept with the customers as data from the old system: {columns}.</source>
        <translation>以下列作为“老系统资料”随客户保存：{columns}。</translation>
    </message>
    <message>
        <source>Wrote {file} ({size} KB).</source>
        <translation>已写入 {file}（{size} KB）。</translation>
    </message>
    <message>
        <source>Invoice {number} is not as it was issued: {reason}. The {count} before it are intact.</source>
        <translation>结算单 {number} 与开具时不一致：{reason}。此前的 {count} 张完好。</translation>
    </message>
    <message>
        <source>All {count} invoices and credit notes are as issued.</source>
        <translation>全部 {count} 张结算单和红字单与开具时一致。</translation>
    </message>
    <message>
        <source>Exported {lines} invoice lines to {file} and {payments} payments to {other}.</source>
        <translation>已导出 {lines} 行结算明细到 {file}，{payments} 笔收款到 {other}。</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>已导出 {count} 行到 {file}。</translation>
    </message>
    <message>
        <source>Cannot read or write {file}: {error}</source>
        <translation>无法读写 {file}：{error}</translation>
    </message>
    <message>
        <source>This shop has users: say who runs the command with --user LOGIN (the password is asked, or taken from SERVICEBAY_PASSWORD).</source>
        <translation>本店已启用用户：请用 --user 登录名 指明由谁执行（密码会询问，或取自 SERVICEBAY_PASSWORD）。</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>{login} 的密码：</translation>
    </message>
    <message>
        <source>Password of the program&apos;s login: </source>
        <translation>程序登录名的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was done.</source>
        <translation>两次输入的密码不一致；未做任何操作。</translation>
    </message>
    <message>
        <source>Say where the server is with --admin postgresql://postgres@HOST/postgres.</source>
        <translation>请用 --admin postgresql://postgres@主机/postgres 指明服务器。</translation>
    </message>
    <message>
        <source>Password of the administrator {login}: </source>
        <translation>管理员 {login} 的密码：</translation>
    </message>
    <message>
        <source>No password given; nothing was done.</source>
        <translation>没有输入密码，未做任何操作。</translation>
    </message>
    <message>
        <source>The shop&apos;s database {where} is ready (schema {revision}); the login {login} was {login_done}, the database was {db_done}; trigram search indexes: {trigram}.</source>
        <translation>店里的数据库 {where} 已就绪（结构版本 {revision}）；登录名 {login} {login_done}，数据库{db_done}；三元组搜索索引：{trigram}。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>given the new password</source>
        <translation>已设置新密码</translation>
    </message>
    <message>
        <source>kept and brought up to date</source>
        <translation>已保留并升级到最新</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Next: servicebay server move --to {url} (on the PC with the data), or servicebay server connect --host {host} (on each other PC).</source>
        <translation>下一步：在存放数据的电脑上运行 servicebay server move --to {url}；在其他每台电脑上运行 servicebay server connect --host {host}。</translation>
    </message>
    <message>
        <source>This PC now opens the shop on {where} (PostgreSQL {version}); the password is kept in this PC&apos;s credential store.</source>
        <translation>这台电脑今后打开服务器 {where} 上的数据（PostgreSQL {version}）；密码保存在本机的凭据管理器中。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>file on this PC</source>
        <translation>本机文件</translation>
    </message>
    <message>
        <source>Connected to: {where} ({kind})</source>
        <translation>连接到：{where}（{kind}）</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>版本：{version}</translation>
    </message>
    <message>
        <source>Size: {mb} MB</source>
        <translation>大小：{mb} MB</translation>
    </message>
    <message>
        <source>Last backup: {when} {where}</source>
        <translation>最近备份：{when} {where}</translation>
    </message>
    <message>
        <source>The search indexes (pg_trgm) are missing: run the setup again as the administrator.</source>
        <translation>缺少搜索索引（pg_trgm）：请以管理员身份重新运行设置。</translation>
    </message>
    <message>
        <source>Desks with the shop open now: {count}</source>
        <translation>当前打开本店数据的工位：{count}</translation>
    </message>
    <message>
        <source>(this one)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>… {step}</source>
        <translation>… {step}</translation>
    </message>
    <message>
        <source>Say where to: --to postgresql://… or --to-sqlite FILE.</source>
        <translation>请指明搬到哪里：--to postgresql://… 或 --to-sqlite 文件。</translation>
    </message>
    <message>
        <source>Moved and checked: {rows} rows in {tables} tables identical on both sides, {invoices} invoices in an unbroken chain, in {seconds} s. The old data was left untouched at {source}.</source>
        <translation>已搬迁并核对：{tables} 张表共 {rows} 行两边完全一致，{invoices} 张发票链条完整，用时 {seconds} 秒。原数据原样保留在 {source}。</translation>
    </message>
    <message>
        <source>This PC opens the shop on {target} from now on.</source>
        <translation>这台电脑今后打开 {target} 上的数据。</translation>
    </message>
    <message>
        <source>First password of {name}: </source>
        <translation>{name} 的初始密码：</translation>
    </message>
    <message>
        <source>Kiosk PIN of {name}: </source>
        <translation>{name} 的打卡PIN码：</translation>
    </message>
    <message>
        <source>Added {name} ({roles}).</source>
        <translation>已添加 {name}（{roles}）。</translation>
    </message>
    <message>
        <source>No user has the login {login}.</source>
        <translation>没有登录名为 {login} 的用户。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password of {name}: </source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <source>The password of {name} is set.</source>
        <translation>{name} 的密码已设置。</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}：已完成。</translation>
    </message>
    <message>
        <source>Nothing typed; nothing was changed.</source>
        <translation>没有输入，未做任何修改。</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two differ; nothing was changed.</source>
        <translation>两次输入不一致，未做任何修改。</translation>
    </message>
    <message>
        <source>Sign in with the password {password} as {logins}. Kiosk PINs: {pins}. (The demo shop only: a real shop&apos;s owner sets their own.)</source>
        <translation>用密码 {password} 以下列任一账号登录：{logins}。车间打卡PIN码：{pins}。（仅限演示门店：真实门店由店主自行设置密码。）</translation>
    </message>
    <message>
        <source>{count} calls for {day}, {late} overdue.</source>
        <translation>{day} 共 {count} 个回访电话，{late} 个已逾期。</translation>
    </message>
    <message>
        <source>{count} complaints, {late} past their deadline.</source>
        <translation>共 {count} 件投诉，{late} 件超过处理期限。</translation>
    </message>
    <message>
        <source>{count} appointments on {day}.</source>
        <translation>{day} 共 {count} 个预约。</translation>
    </message>
    <message>
        <source>Next service computed for {count} cars.</source>
        <translation>已重算 {count} 辆车的下次保养。</translation>
    </message>
    <message>
        <source>{count} to remind from {first} to {last} (and overdue).</source>
        <translation>{first} 至 {last} 需要提醒 {count} 辆（含已逾期）。</translation>
    </message>
    <message>
        <source>Demo shop created: {customers} customers, {vehicles} vehicles, {orders} work orders, {invoices} invoices, {appointments} appointments, {follow_ups} follow-up calls, {complaints} complaints.</source>
        <translation>演示门店已创建：{customers} 位客户，{vehicles} 辆车，{orders} 张工单，{invoices} 张结算单，{appointments} 个预约，{follow_ups} 个回访，{complaints} 件投诉。</translation>
    </message>
    <message>
        <source>{count} accident cases, assessed {assessed} in all.</source>
        <translation>共 {count} 个事故案件，定损合计 {assessed}。</translation>
    </message>
    <message>
        <source>{count} claims; the manufacturer owes {owed} on {open} of them; {due} drafts near their deadline.</source>
        <translation>共 {count} 张索赔单；厂家尚欠 {owed}（{open} 张）；{due} 张草稿临近或超过提交期限。</translation>
    </message>
    <message>
        <source>{car}: warranty from {start}, at {km} km.</source>
        <translation>{car}：保修起始 {start}，当前里程 {km} 公里。</translation>
    </message>
    <message>
        <source>The odometer went backwards on {day}: check for tampering.</source>
        <translation>里程表在 {day} 出现倒退：请检查是否被调表。</translation>
    </message>
    <message>
        <source>No maintenance here between {first} and {last}: check the book.</source>
        <translation>{first} 至 {last} 之间没有在本店保养：请查看保养手册。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>请按 年-月 输入月份，如 2026-11。</translation>
    </message>
    <message>
        <source>Appraisals of {month}: {count}.</source>
        <translation>{month} 的考核表：{count} 张。</translation>
    </message>
    <message>
        <source>The printed report is a month&apos;s: leave out --period.</source>
        <translation>打印的月报按月出具：请去掉 --period。</translation>
    </message>
    <message>
        <source>The measures for {period} ({first} to {last}):</source>
        <translation>{period} 的指标（{first} 至 {last}）：</translation>
    </message>
    <message>
        <source>Give the days as a number from 1 to 365.</source>
        <translation>天数请输入 1 到 365 之间的数字。</translation>
    </message>
    <message>
        <source>Plans sold: {count}.</source>
        <translation>已售套餐：{count} 份。</translation>
    </message>
    <message>
        <source>Plans ending within {days} days: {count}.</source>
        <translation>{days} 天内到期的套餐：{count} 份。</translation>
    </message>
    <message>
        <source>Taken over: {count} cards holding {total} and {points} points.</source>
        <translation>已导入：{count} 张卡，余额共 {total}，积分 {points}。</translation>
    </message>
    <message>
        <source>Taken over: {count} coupons.</source>
        <translation>已导入 {count} 张优惠券。</translation>
    </message>
    <message>
        <source>Cards in use: {count}, holding {total} in all.</source>
        <translation>在用会员卡：{count} 张，卡内余额共 {total}。</translation>
    </message>
    <message>
        <source>Owed to customers for money paid in advance, by month:</source>
        <translation>按月预收款（欠客户的预付款）：</translation>
    </message>
    <message>
        <source>Rescues of {month}: {count} ({cancelled} cancelled, {partner} by partner stations); reached in time {in_time} of {measured}; median arrival {median} min; satisfied {satisfied} of {asked} asked.</source>
        <translation>{month} 救援：{count} 次（取消 {cancelled} 次，合作站 {partner} 次）；按时到达 {in_time}/{measured}；到达用时中位数 {median} 分钟；满意 {satisfied}/{asked}（已回访）。</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day: every advisor</source>
        <translation>日：全部顾问</translation>
    </message>
    <message>
        <source>Week: one advisor</source>
        <translation>周：一位顾问</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Blue: booked · green: confirmed · grey: arrived · red: no-show · “walk-ins”: kept free after three booked slots · ★ new caller</source>
        <translation>蓝色：已预约 · 绿色：已确认 · 灰色：已到店 · 红色：爽约 · “留给到店客户”：连续约满三格后留空的缓冲格 · ★ 新客户</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation>留给到店客户</translation>
    </message>
    <message>
        <source>Booked %1 h of the technicians&apos; %2 h (%3)</source>
        <translation>已约 %1 工时 / 技师可用 %2 工时（%3）</translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation>已预约：%1，%2。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2  ·  %3 %4&lt;br&gt;Order %5, delivered %6: %7&lt;br&gt;Advisor %8, technician %9 · call %10, tries so far: %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2  ·  %3 %4&lt;br&gt;工单 %5，交车 %6：%7&lt;br&gt;服务顾问 %8，技师 %9 · 第 %10 次回访，已拨打 %11 次</translation>
    </message>
    <message>
        <source>Reached the customer</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Leave empty unless the customer complains</source>
        <translation>客户没有投诉就留空</translation>
    </message>
    <message>
        <source>The customer complains of</source>
        <translation>客户投诉内容</translation>
    </message>
    <message>
        <source>Not reached: tried again at another time of day (%1 tries left).</source>
        <translation>未接通：换一个时间段再打（还剩 %1 次）。</translation>
    </message>
    <message>
        <source>Not reached: this was the last try; the call closes as unreachable.</source>
        <translation>未接通：这是最后一次，回访将记为“联系不上”。</translation>
    </message>
    <message>
        <source>A score below %1 opens a complaint when the call is saved.</source>
        <translation>有低于 %1 分的评分：保存时会同时开一个投诉单。</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>提醒电话</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plate (as told)</source>
        <translation>车牌（客户所报）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>地标</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Distance from the shop (km)</source>
        <translation>离本店距离（公里）</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>登记接警</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Only my list (and those I stand in for)</source>
        <translation>只看我的（含代班的）</translation>
    </message>
    <message>
        <source>Calls for</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Log the call…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Do not call…</source>
        <translation>不再回访…</translation>
    </message>
    <message>
        <source>Inbound call…</source>
        <translation>来电登记…</translation>
    </message>
    <message>
        <source>Letter sent…</source>
        <translation>信函登记…</translation>
    </message>
    <message>
        <source>Deputies…</source>
        <translation>代班…</translation>
    </message>
    <message>
        <source>Registers…</source>
        <translation>登记簿…</translation>
    </message>
    <message>
        <source>%1 calls, %2 overdue</source>
        <translation>%1 个电话，%2 个已逾期</translation>
    </message>
    <message>
        <source>Choose the call first.</source>
        <translation>请先选择一个电话。</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>已开投诉单</translation>
    </message>
    <message>
        <source>Complaint %1 was opened from this call; it is on the complaints list.</source>
        <translation>这次回访已开投诉单 %1，可在投诉列表中查看。</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>已登记回访：%1。</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>不再回访</translation>
    </message>
    <message>
        <source>Why is this call not made?</source>
        <translation>为什么不打这个电话？</translation>
    </message>
    <message>
        <source>Inbound call logged.</source>
        <translation>来电已登记。</translation>
    </message>
    <message>
        <source>Letter logged.</source>
        <translation>信函已登记。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>New campaign…</source>
        <translation>新活动…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Print invitations…</source>
        <translation>打印邀请函…</translation>
    </message>
    <message>
        <source>Campaign made: %1 cars to invite.</source>
        <translation>活动已建好：邀请名单 %1 辆车。</translation>
    </message>
    <message>
        <source>Choose a car on the list first.</source>
        <translation>请先在名单上选一辆车。</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请函</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>Card number, customer or phone</source>
        <translation>卡号、客户或电话</translation>
    </message>
    <message>
        <source>also lost and refunded cards</source>
        <translation>含已挂失和已退的卡</translation>
    </message>
    <message>
        <source>Open a card…</source>
        <translation>开卡…</translation>
    </message>
    <message>
        <source>Pay in…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Lost: new card…</source>
        <translation>挂失补卡…</translation>
    </message>
    <message>
        <source>PIN…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退卡…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <source>Take over old cards…</source>
        <translation>导入旧卡…</translation>
    </message>
    <message>
        <source>The old system&apos;s cards from a spreadsheet: 卡号, 手机 (or 客户编号), 等级, 余额, 积分</source>
        <translation>从旧系统导出的表格导入会员卡：卡号、手机（或客户编号）、等级、余额、积分</translation>
    </message>
    <message>
        <source>%1 cards · %2 on them</source>
        <translation>%1 张卡 · 卡内共 %2</translation>
    </message>
    <message>
        <source>Card %1 now holds %2.</source>
        <translation>卡 %1 现余额 %2。</translation>
    </message>
    <message>
        <source>Replace lost card %1</source>
        <translation>挂失补办 %1</translation>
    </message>
    <message>
        <source>The new card&apos;s number (blank: one is given):</source>
        <translation>新卡卡号（不填则自动编号）：</translation>
    </message>
    <message>
        <source>PIN of card %1</source>
        <translation>卡 %1 的密码</translation>
    </message>
    <message>
        <source>The customer types 6 digits (blank: they sign for each payment):</source>
        <translation>请客户输入 6 位数字（不填：每次消费签字）：</translation>
    </message>
    <message>
        <source>Refund card %1</source>
        <translation>退卡 %1</translation>
    </message>
    <message>
        <source>%1 goes back (paid in, not used); the bonus does not. Paid back by:</source>
        <translation>退还 %1（充值未用部分），赠送金额不退。退款方式：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The transfer&apos;s reference number:</source>
        <translation>转账流水号：</translation>
    </message>
    <message>
        <source>Take over old cards</source>
        <translation>导入旧卡</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Taken over: %1 cards holding %2.</source>
        <translation>已导入 %1 张卡，余额共 %2。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>会员卡 %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>The insurer pays the shop (letter of authority)</source>
        <translation>保险公司直接付款给本店（客户签授权书）</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Report no. (报案号)</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Accident date</source>
        <translation>出险日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>出险地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事故类型</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>定损员</translation>
    </message>
    <message>
        <source>Assessor&apos;s phone</source>
        <translation>定损员电话</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Shop&apos;s estimate</source>
        <translation>本店报价</translation>
    </message>
    <message>
        <source>Labour or part</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>定损金额</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒赔</translation>
    </message>
    <message>
        <source>Customer keeps</source>
        <translation>客户自费</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>追加定损</translation>
    </message>
    <message>
        <source>Deductible (免赔)</source>
        <translation>免赔额</translation>
    </message>
    <message>
        <source>Betterment (折旧)</source>
        <translation>折旧/残值</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>保存定损</translation>
    </message>
    <message>
        <source>Send a supplement…</source>
        <translation>发送追加定损…</translation>
    </message>
    <message>
        <source>Supplement answered…</source>
        <translation>追加定损已答复…</translation>
    </message>
    <message>
        <source>Split the bill…</source>
        <translation>分摊费用…</translation>
    </message>
    <message>
        <source>Insurer paid…</source>
        <translation>保险公司已付款…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>The assessment beside the shop&apos;s estimate</source>
        <translation>定损（与本店报价对照）</translation>
    </message>
    <message>
        <source>The claim file</source>
        <translation>理赔资料</translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation>打印定损对比表</translation>
    </message>
    <message>
        <source>Print the letter of authority</source>
        <translation>打印授权书</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>打印资料清单</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Estimate %1 · assessed %2 (difference %3) · insurer pays %4 · customer pays %5</source>
        <translation>本店报价 %1 · 定损 %2（差额 %3）· 保险公司付 %4 · 客户付 %5</translation>
    </message>
    <message>
        <source>Supplements: %1</source>
        <translation>追加定损：%1</translation>
    </message>
    <message>
        <source>Insurer&apos;s invoice %1: %2 still owed</source>
        <translation>保险公司结算单 %1：尚欠 %2</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>What did disassembly find?</source>
        <translation>拆检发现了什么？</translation>
    </message>
    <message>
        <source>Supplement %1</source>
        <translation>追加定损 %1</translation>
    </message>
    <message>
        <source>Did the assessor approve it (at the amounts in the table)?</source>
        <translation>定损员是否批准（按表格中的金额）？</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Split the bill</source>
        <translation>分摊费用</translation>
    </message>
    <message>
        <source>The shop waives of the customer&apos;s share (0: nothing; more needs a manager):</source>
        <translation>本店减免客户应付的金额（0为不减免；减免需经理批准）：</translation>
    </message>
    <message>
        <source>Insurer paid</source>
        <translation>保险公司付款</translation>
    </message>
    <message>
        <source>Amount (still owed %1):</source>
        <translation>金额（尚欠 %1）：</translation>
    </message>
    <message>
        <source>The transfer number:</source>
        <translation>转账号：</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Before the repair</source>
        <translation>维修前</translation>
    </message>
    <message>
        <source>During the repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>After the repair</source>
        <translation>维修后</translation>
    </message>
    <message>
        <source>Taken when?</source>
        <translation>什么时候拍的？</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Case, report no., order or plate</source>
        <translation>案件号、报案号、工单号或车牌</translation>
    </message>
    <message>
        <source>New case on a work order…</source>
        <translation>在工单上新建案件…</translation>
    </message>
    <message>
        <source>New accident case</source>
        <translation>新建事故案件</translation>
    </message>
    <message>
        <source>The work order&apos;s number:</source>
        <translation>工单号：</translation>
    </message>
    <message>
        <source>No work order %1.</source>
        <translation>没有工单 %1。</translation>
    </message>
    <message>
        <source>Add the insurer first (the Insurers tab).</source>
        <translation>请先添加保险公司（“保险公司”页签）。</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Daily cash report</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Record the count</source>
        <translation>记录点钞</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cash counted in my drawer</source>
        <translation>我的钱箱点钞金额</translation>
    </message>
    <message>
        <source>Note on a difference</source>
        <translation>差异说明</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total taken: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;当日收款合计：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>按收银员</translation>
    </message>
    <message>
        <source>Cash that should be in each drawer</source>
        <translation>各钱箱应有现金</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>点钞记录</translation>
    </message>
    <message>
        <source>%1: expected %2, counted %3, difference %4 %5</source>
        <translation>%1：应有 %2，实点 %3，差异 %4 %5</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>An administrator set this password: choose your own now.</source>
        <translation>此密码由管理员设置，请现在改成您自己的密码。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再输一次新密码</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Storage check</source>
        <translation>储存检查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChecklistsSettings</name>
    <message>
        <source>New checklist…</source>
        <translation>新建检查表…</translation>
    </message>
    <message>
        <source>Add point…</source>
        <translation>增加项目…</translation>
    </message>
    <message>
        <source>Change point…</source>
        <translation>修改项目…</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Retire / use again</source>
        <translation>停用 / 重新启用</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New cars in stock: a storage check every</source>
        <translation>库存新车：每隔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>Name, e.g. 二手车检测:</source>
        <translation>名称，例如 二手车检测：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>用于：</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Recall / technical update</source>
        <translation>召回/技术升级</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>索赔部件</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>技术报告</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add photo / document…</source>
        <translation>添加照片/文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存一份…</translation>
    </message>
    <message>
        <source>Submit to the manufacturer</source>
        <translation>提交厂家</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>录入审核结果</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Settle the refused amount…</source>
        <translation>处理拒赔金额…</translation>
    </message>
    <message>
        <source>Money received…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Print claim</source>
        <translation>打印索赔单</translation>
    </message>
    <message>
        <source>Print old-part tags</source>
        <translation>打印旧件标签</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Old-part tags</source>
        <translation>旧件标签</translation>
    </message>
    <message>
        <source>Labour and parts at the manufacturer&apos;s prices</source>
        <translation>工时和配件（按厂家价格）</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>(no number until submitted)</source>
        <translation>（提交后取得单号）</translation>
    </message>
    <message>
        <source>submit by %1</source>
        <translation>请于 %1 前提交</translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation>第 %1 次提交</translation>
    </message>
    <message>
        <source>Repaired %1</source>
        <translation>维修日期 %1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交日期 %1</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>审核日期 %1</translation>
    </message>
    <message>
        <source>Old parts: %1</source>
        <translation>旧件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>索赔 %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>已收 %1</translation>
    </message>
    <message>
        <source>warranty invoice %1</source>
        <translation>保修发票 %1</translation>
    </message>
    <message>
        <source>still owed %1</source>
        <translation>尚欠 %1</translation>
    </message>
    <message>
        <source>the customer (%1)</source>
        <translation>客户（%1）</translation>
    </message>
    <message>
        <source>goodwill (%1)</source>
        <translation>善意维修（%1）</translation>
    </message>
    <message>
        <source>refused amount borne by %1</source>
        <translation>拒赔金额由%1承担</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This component needs the manufacturer&apos;s consent: link an approved technical report.</source>
        <translation>此部件的保修维修需要厂家事先同意：请关联厂家已同意的技术报告。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒赔：%1</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s answer</source>
        <translation>厂家审核结果</translation>
    </message>
    <message>
        <source>Its note or reference (may be empty):</source>
        <translation>审核意见或编号（可不填）：</translation>
    </message>
    <message>
        <source>The refused amount</source>
        <translation>拒赔金额</translation>
    </message>
    <message>
        <source>%1 was refused. Who bears it?</source>
        <translation>被拒赔 %1，由谁承担？</translation>
    </message>
    <message>
        <source>The customer (with their consent)</source>
        <translation>客户承担（经客户同意）</translation>
    </message>
    <message>
        <source>The shop: goodwill (a manager)</source>
        <translation>本店承担：善意维修（需经理批准）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The customer&apos;s consent</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Who agreed to pay, and how (e.g. 王先生 电话同意):</source>
        <translation>谁同意付款、以何种方式（如：王先生 电话同意）：</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Amount transferred (still owed %1):</source>
        <translation>厂家转账金额（尚欠 %1）：</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s settlement or transfer number:</source>
        <translation>厂家结算单号或转账号：</translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation>照片或文件</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存一份</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>A claim is made once the car has been delivered.</source>
        <translation>车辆交车后才能索赔。</translation>
    </message>
    <message>
        <source>Order {number} has its claim already.</source>
        <translation>工单 {number} 已有索赔单。</translation>
    </message>
    <message>
        <source>Order {number} has no warranty or campaign lines.</source>
        <translation>工单 {number} 没有保修或活动项目。</translation>
    </message>
    <message>
        <source>Only a draft claim is changed; this one is {state}.</source>
        <translation>只有草稿状态的索赔单可以修改；这张是“{state}”。</translation>
    </message>
    <message>
        <source>No such technical report.</source>
        <translation>没有这份技术报告。</translation>
    </message>
    <message>
        <source>A fault code has at most 20 characters.</source>
        <translation>故障代码最多20个字符。</translation>
    </message>
    <message>
        <source>Files are added while the claim is a draft.</source>
        <translation>索赔单是草稿时才能添加文件。</translation>
    </message>
    <message>
        <source>Files are removed while the claim is a draft.</source>
        <translation>索赔单是草稿时才能删除文件。</translation>
    </message>
    <message>
        <source>Describe the fault as the customer saw it.</source>
        <translation>请写明客户反映的故障现象。</translation>
    </message>
    <message>
        <source>Give the cause the technician found.</source>
        <translation>请写明技师查明的故障原因。</translation>
    </message>
    <message>
        <source>A {component} repair needs the manufacturer&apos;s consent first: link a technical report it approved.</source>
        <translation>{component}的保修维修需要厂家事先同意：请关联厂家已同意的技术报告。</translation>
    </message>
    <message>
        <source>{item}: why did the manufacturer refuse it?</source>
        <translation>{item}：厂家拒赔的原因是什么？</translation>
    </message>
    <message>
        <source>This claim has been sent 20 times.</source>
        <translation>这张索赔单已提交20次。</translation>
    </message>
    <message>
        <source>Choose who bears the refused amount.</source>
        <translation>请选择拒赔金额由谁承担。</translation>
    </message>
    <message>
        <source>Who agreed to pay, and how (e.g. 王先生 电话同意)?</source>
        <translation>谁同意付款、以何种方式（如：王先生 电话同意）？</translation>
    </message>
    <message>
        <source>Nothing refused is left to settle on this claim.</source>
        <translation>这张索赔单没有待处理的拒赔金额。</translation>
    </message>
    <message>
        <source>Enter the manufacturer&apos;s settlement or transfer number.</source>
        <translation>请输入厂家结算单号或转账号。</translation>
    </message>
    <message>
        <source>Money is received on an approved claim.</source>
        <translation>已批准的索赔单才能登记回款。</translation>
    </message>
    <message>
        <source>Order {number} has no warranty invoice yet; the cashier issues it first.</source>
        <translation>工单 {number} 还没有保修发票，请先由收银员开具。</translation>
    </message>
    <message>
        <source>That is more than the {left} still owed on this claim.</source>
        <translation>超过了这张索赔单尚欠的 {left}。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>部分批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒赔</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Not covered (expired or over km)</source>
        <translation>超出保修范围（过期或超里程）</translation>
    </message>
    <message>
        <source>Exclusion (misuse, accident, modification)</source>
        <translation>除外责任（使用不当、事故、改装）</translation>
    </message>
    <message>
        <source>Submitted too late</source>
        <translation>超期提交</translation>
    </message>
    <message>
        <source>Documents or photos missing</source>
        <translation>资料或照片不全</translation>
    </message>
    <message>
        <source>Diagnosis not supported</source>
        <translation>诊断依据不足</translation>
    </message>
    <message>
        <source>Labour time not accepted</source>
        <translation>工时不认可</translation>
    </message>
    <message>
        <source>Part not accepted / old part not returned</source>
        <translation>配件不认可/旧件未返还</translation>
    </message>
    <message>
        <source>No prior consent (technical report)</source>
        <translation>未事先报备（技术报告）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A claim that is {state} cannot be {target}.</source>
        <translation>“{state}”的索赔单不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Claims to the manufacturer</source>
        <translation>向厂家索赔</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>Technical reports</source>
        <translation>技术报告</translation>
    </message>
    <message>
        <source>三包 alerts</source>
        <translation>三包预警</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>Claim, order, plate or VIN</source>
        <translation>索赔单号、工单号、车牌或车架号</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>新建索赔…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The manufacturer owes %1 on %2 claims · %3 drafts near or past the deadline</source>
        <translation>厂家尚欠 %1（%2 张索赔单）· %3 张草稿临近或超过提交期限</translation>
    </message>
    <message>
        <source>No delivered order has warranty lines left to claim.</source>
        <translation>没有待索赔的已交车保修工单。</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>新建索赔</translation>
    </message>
    <message>
        <source>From which delivered order?</source>
        <translation>从哪张已交车工单索赔？</translation>
    </message>
    <message>
        <source>%1 has nothing left to claim.</source>
        <translation>%1 没有可索赔的项目。</translation>
    </message>
</context>
<context>
    <name>ClockTab</name>
    <message>
        <source>Correct the clocking…</source>
        <translation>更正打卡…</translation>
    </message>
    <message>
        <source>%1: %2 h clocked of %3 h standard</source>
        <translation>%1：已计时 %2 小时 / 标准 %3 小时</translation>
    </message>
    <message>
        <source>No labour on this order.</source>
        <translation>此工单没有工时项目。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>blank: the call-out (unless a plan covers it) and towing beyond it</source>
        <translation>不填：出车费（有套餐则免）加超出的拖车里程</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>现场作业</translation>
    </message>
    <message>
        <source>Towed (km)</source>
        <translation>拖车里程（公里）</translation>
    </message>
    <message>
        <source>Odometer (towed in)</source>
        <translation>里程表读数（拖车回厂）</translation>
    </message>
    <message>
        <source>Charge (¥, excl. VAT)</source>
        <translation>费用（元，不含税）</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Close the rescue</source>
        <translation>结束救援</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>old id</source>
        <translation>老编号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>已拨</translation>
    </message>
    <message>
        <source>List of</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Tell today</source>
        <translation>今日告知</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时交车</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Clean car</source>
        <translation>车辆清洁</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Month / person</source>
        <translation>月份 / 人员</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>回访数</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation>12个月消耗金额</translation>
    </message>
    <message>
        <source>Picks, 12 months</source>
        <translation>12个月出库次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>呆滞</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>呆滞</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Ceiling S</source>
        <translation>上限 S</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订货</translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation>数量/工时</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>付款方名称</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Fapiao no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣%</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Can credit</source>
        <translation>可冲红</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>冲红数量</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>采购单号</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>待到货</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation>0-30天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90天以上</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Delivered now</source>
        <translation>本次到货</translation>
    </message>
    <message>
        <source>Unit cost on the note</source>
        <translation>送货单单价</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At km</source>
        <translation>到期里程</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次进厂</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>上次提醒</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Parts to order</source>
        <translation>需订货</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>休假人</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代班人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用价值</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation>卡内余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已消费</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>On cards</source>
        <translation>卡内余额</translation>
    </message>
    <message>
        <source>Plans unused</source>
        <translation>套餐未使用</translation>
    </message>
    <message>
        <source>Owed at month end</source>
        <translation>月末预收款</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Labour −%</source>
        <translation>工时折扣 %</translation>
    </message>
    <message>
        <source>Parts −%</source>
        <translation>材料折扣 %</translation>
    </message>
    <message>
        <source>Points / ¥</source>
        <translation>积分/元</translation>
    </message>
    <message>
        <source>Invite from</source>
        <translation>开始邀请</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次检查</translation>
    </message>
    <message>
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>PDI order</source>
        <translation>PDI工单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买主</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>保修部件</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Up to km</source>
        <translation>截止里程</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Km left</source>
        <translation>剩余公里</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不在保原因</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>公里数</translation>
    </message>
    <message>
        <source>Free inspections (km)</source>
        <translation>免费检查（公里）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>受影响</translation>
    </message>
    <message>
        <source>Our cars</source>
        <translation>本店车辆</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>索赔单号</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Paid in (VAT incl.)</source>
        <translation>已回款（含税）</translation>
    </message>
    <message>
        <source>Days to deadline</source>
        <translation>距截止天数</translation>
    </message>
    <message>
        <source>Refused for</source>
        <translation>拒赔原因</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>旧件编号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>返还/报废单号</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告号</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>录入期限</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>技术报告</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修次数</translation>
    </message>
    <message>
        <source>Days off the road</source>
        <translation>累计修理天数</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件号</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Report no.</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>出险日期</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>本店报价</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>定损金额</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Pays within (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>定损员</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Comebacks</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>售出工时</translation>
    </message>
    <message>
        <source>Hours clocked</source>
        <translation>打卡工时</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生产率</translation>
    </message>
    <message>
        <source>Issued in 12 months (cost)</source>
        <translation>12个月出库（成本）</translation>
    </message>
    <message>
        <source>Average stock (cost)</source>
        <translation>平均库存（成本）</translation>
    </message>
    <message>
        <source>Turns a year</source>
        <translation>年周转次数</translation>
    </message>
    <message>
        <source>Stock at the end (cost)</source>
        <translation>期末库存（成本）</translation>
    </message>
    <message>
        <source>Dead stock (cost)</source>
        <translation>呆滞库存（成本）</translation>
    </message>
    <message>
        <source>Dead parts</source>
        <translation>呆滞品种</translation>
    </message>
    <message>
        <source>Parts in stock</source>
        <translation>有库存品种</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>实际日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>救援单号</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Van / partner</source>
        <translation>派往</translation>
    </message>
    <message>
        <source>Arrived (min)</source>
        <translation>到达分钟</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>目标分钟</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>救援车</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>随车人员</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <source>Upkeep due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Partner station</source>
        <translation>合作站</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Reported to the manager…</source>
        <translation>已上报经理…</translation>
    </message>
    <message>
        <source>Solution found…</source>
        <translation>找到解决方案…</translation>
    </message>
    <message>
        <source>Customer told…</source>
        <translation>已告知客户…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close (customer confirmed)…</source>
        <translation>结案（客户已确认）…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新处理…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Goodwill…</source>
        <translation>善意补偿…</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Customer: %1 %2 %3 · came in by %4 on %5</source>
        <translation>客户：%1 %2 %3 · %5 通过%4</translation>
    </message>
    <message>
        <source>Owner: %1 · report to the manager by %2 (%3) · resolve by %4</source>
        <translation>负责人：%1 · 上报经理期限 %2（%3）· 处理期限 %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Orders: %1 · about: %2</source>
        <translation>工单：%1 · 涉及：%2</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉内容：%1</translation>
    </message>
    <message>
        <source>Solution: %1 (customer told: %2)</source>
        <translation>解决方案：%1（告知客户：%2）</translation>
    </message>
    <message>
        <source>Cause: %1 · done: %2</source>
        <translation>原因：%1 · 处理：%2</translation>
    </message>
    <message>
        <source>Goodwill: %1 %2, approved by %3</source>
        <translation>善意补偿：%1 %2，批准人 %3</translation>
    </message>
    <message>
        <source>Past its deadline.</source>
        <translation>已超过处理期限。</translation>
    </message>
    <message>
        <source>Tell the customer the solution today.</source>
        <translation>今天要把解决方案告诉客户。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation>已上报经理</translation>
    </message>
    <message>
        <source>To whom, and how:</source>
        <translation>报告给谁、怎么报告的：</translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation>找到解决方案</translation>
    </message>
    <message>
        <source>The solution (tell the customer today):</source>
        <translation>解决方案（今天告知客户）：</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>How the customer was told, and what they said:</source>
        <translation>怎么告知客户的，客户怎么说：</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>How the customer confirmed the solution:</source>
        <translation>客户怎么确认满意的：</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Why it is not resolved:</source>
        <translation>为什么还没解决：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Login of the new owner:</source>
        <translation>新负责人的登录名：</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <source>What is given (a credit note, a free line on an order):</source>
        <translation>补偿内容（红字结算单、工单上的免费项目）：</translation>
    </message>
    <message>
        <source>Its value in yuan:</source>
        <translation>金额（元）：</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s hotline</source>
        <translation>厂家热线</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Maintenance reminder</source>
        <translation>保养提醒</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation>已上报经理</translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation>找到解决方案</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>转交负责人</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>善意补偿</translation>
    </message>
    <message>
        <source>Past the deadline: escalated</source>
        <translation>超过期限：已升级给经理</translation>
    </message>
    <message>
        <source>Settled on the spot</source>
        <translation>当场解决</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <source>Number, customer or plate</source>
        <translation>单号、客户或车牌</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>%1 listed, %2 past their deadline</source>
        <translation>共 %1 件，%2 件超过期限</translation>
    </message>
</context>
<context>
    <name>ConfirmationsTab</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Print slips and roof signs…</source>
        <translation>打印预约单和车顶牌…</translation>
    </message>
    <message>
        <source>Appointments on</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>%1 appointments, %2 to confirm, %3 with parts to order</source>
        <translation>共 %1 个预约，%2 个待确认，%3 个需订货</translation>
    </message>
    <message>
        <source>No appointments that day.</source>
        <translation>这一天没有预约。</translation>
    </message>
    <message>
        <source>Appointment slips and roof signs</source>
        <translation>预约单和车顶牌</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation>连接到店里的服务器</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Type what the PC that holds the data shows under System → Several workstations.</source>
        <translation>请输入存放数据的电脑在“系统 → 多工位”中显示的内容。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>已连接：PostgreSQL %1。</translation>
    </message>
    <message>
        <source>This PC could not keep the password in its credential store: %1</source>
        <translation>这台电脑无法把密码保存到凭据管理器：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The connection to the shop&apos;s server is back.</source>
        <translation>与店里服务器的连接已恢复。</translation>
    </message>
    <message>
        <source>The connection to the shop&apos;s server was lost; retrying every few seconds. What you have typed stays on screen: save it again once the connection is back. Other desks&apos; changes show up when it is back.</source>
        <translation>与店里服务器的连接中断，每隔几秒重试一次。已输入的内容留在屏幕上：连接恢复后请再保存一次。其他工位的修改将在连接恢复后显示。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Inbound call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>信函登记</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Correct the clocking</source>
        <translation>更正打卡记录</translation>
    </message>
    <message>
        <source>e.g. forgot to clock off at 18:00</source>
        <translation>例如：18:00 下班忘记打卡</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <source>Counter sale</source>
        <translation>柜台销售</translation>
    </message>
    <message>
        <source>Name on the invoice (empty: retail customer)</source>
        <translation>结算单抬头（空：零售客户）</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Another part</source>
        <translation>再加一个配件</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>开具结算单</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>one for every member with a card in use</source>
        <translation>每位持卡会员各一张</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Value (¥)</source>
        <translation>面值（元）</translation>
    </message>
    <message>
        <source>For bills from (¥)</source>
        <translation>最低消费（元）</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Loose coupons</source>
        <translation>不记名券张数</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发券</translation>
    </message>
</context>
<context>
    <name>CouponsTab</name>
    <message>
        <source>Code, campaign or customer</source>
        <translation>券码、活动或客户</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>仅未使用</translation>
    </message>
    <message>
        <source>Issue coupons…</source>
        <translation>发券…</translation>
    </message>
    <message>
        <source>Take over old coupons…</source>
        <translation>导入旧券…</translation>
    </message>
    <message>
        <source>The old system&apos;s unused coupons from a spreadsheet: 券码, 面值, 最低消费, 有效期至, 手机</source>
        <translation>从旧系统导出的表格导入未使用的优惠券：券码、面值、最低消费、有效期至、手机</translation>
    </message>
    <message>
        <source>Take over old coupons</source>
        <translation>导入旧券</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Taken over: %1 coupons.</source>
        <translation>已导入 %1 张优惠券。</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Plan a course</source>
        <translation>安排培训</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Add the campaign to this order</source>
        <translation>把活动加到工单</translation>
    </message>
    <message>
        <source>Record an exclusion…</source>
        <translation>登记不保修情形…</translation>
    </message>
    <message>
        <source>Lift the exclusion…</source>
        <translation>撤销不保修登记…</translation>
    </message>
    <message>
        <source>Extended warranty…</source>
        <translation>延保…</translation>
    </message>
    <message>
        <source>Exclusions recorded</source>
        <translation>已登记的不保修情形</translation>
    </message>
    <message>
        <source>Open campaign: %1</source>
        <translation>未完成的活动：%1</translation>
    </message>
    <message>
        <source>No warranty policy on file for this make and series (System → Warranty).</source>
        <translation>这个品牌车系还没有保修政策（在“系统 → 保修”中设置）。</translation>
    </message>
    <message>
        <source>Warranty from %1 · at %2 km</source>
        <translation>保修起始 %1 · 里程 %2 公里</translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation>（没有起始日期）</translation>
    </message>
    <message>
        <source>The odometer went backwards on %1: a tampered odometer is an exclusion — check it.</source>
        <translation>里程表在 %1 出现倒退：调表不在保修范围内——请核实。</translation>
    </message>
    <message>
        <source>No maintenance at this shop between %1 and %2: check the maintenance book (another authorised shop counts).</source>
        <translation>%1 至 %2 之间没有在本店保养：请查看保养手册（在其他授权店保养也算）。</translation>
    </message>
    <message>
        <source>Free inspections ahead at %1 km.</source>
        <translation>尚未进行的免费检查：%1 公里。</translation>
    </message>
    <message>
        <source>三包 until %1: %2 warranty repair(s), %3 day(s) off the road.</source>
        <translation>三包有效期至 %1：保修维修 %2 次，累计修理 %3 天。</translation>
    </message>
    <message>
        <source>the whole car</source>
        <translation>整车</translation>
    </message>
    <message>
        <source>Extended: %1 +%2 months +%3 km (%4)</source>
        <translation>延保：%1 延长 %2 个月、%3 公里（%4）</translation>
    </message>
    <message>
        <source>Lift the exclusion</source>
        <translation>撤销不保修登记</translation>
    </message>
    <message>
        <source>Why is it lifted?</source>
        <translation>撤销原因？</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>%1 的红字单</translation>
    </message>
    <message>
        <source>Type the quantity to credit on each line, or credit everything. The invoice itself never changes.</source>
        <translation>在每行填写冲红数量，或全部冲红。原结算单本身不会被修改。</translation>
    </message>
    <message>
        <source>Credit everything</source>
        <translation>全部冲红</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>开具红字单</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>First vehicle (optional)</source>
        <translation>第一辆车（可选）</translation>
    </message>
    <message>
        <source>Same phone number on file</source>
        <translation>电话号码已存在</translation>
    </message>
    <message>
        <source>These customers have the same phone number:
%1

Is it one of them?</source>
        <translation>以下客户使用相同的电话号码：
%1

是其中一位吗？</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>打开已有档案</translation>
    </message>
    <message>
        <source>No, save a new customer</source>
        <translation>不是，保存为新客户</translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>e.g. 张伟, or the company&apos;s full name</source>
        <translation>例如 张伟，或单位全称</translation>
    </message>
    <message>
        <source>13812345678, 0755-12345678</source>
        <translation>13812345678, 0755-12345678</translation>
    </message>
    <message>
        <source>Company customers: unified social credit code</source>
        <translation>单位客户：统一社会信用代码</translation>
    </message>
    <message>
        <source>e.g. 吸烟、偏好微信、VIP</source>
        <translation>例如 吸烟、偏好微信、VIP</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>不联系</translation>
    </message>
    <message>
        <source>Agrees to be contacted (reminders, follow-up calls)</source>
        <translation>同意接收联系（保养提醒、回访电话）</translation>
    </message>
    <message>
        <source>(none: whoever is free)</source>
        <translation>（不指定：谁有空谁接）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>联系方式偏好</translation>
    </message>
    <message>
        <source>Dedicated advisor</source>
        <translation>专属服务顾问</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Plate, last 6 of VIN, phone (last 4 too), name or pinyin initials (zw = 张伟)</source>
        <translation>车牌、车架号后6位、电话（后4位也可）、姓名或拼音首字母（zw = 张伟）</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Merge duplicate…</source>
        <translation>合并重复档案…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>Odometer reading</source>
        <translation>录入里程</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>过户…</translation>
    </message>
    <message>
        <source>Archive vehicle</source>
        <translation>车辆归档</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新开工单</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Warranty…</source>
        <translation>保修…</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Vehicle history</source>
        <translation>车辆履历</translation>
    </message>
    <message>
        <source>No work order %1.</source>
        <translation>没有工单 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Search on the left, or create a new customer (Ctrl+N).</source>
        <translation>请在左侧搜索，或新建客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>不联系</translation>
    </message>
    <message>
        <source>no reminders or follow-up calls</source>
        <translation>不接收提醒和回访</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>联系方式偏好</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dedicated advisor</source>
        <translation>专属服务顾问</translation>
    </message>
    <message>
        <source>%1 in all, %2 no-shows</source>
        <translation>共 %1 次，爽约 %2 次</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>last call %1 (%2)</source>
        <translation>最近回访 %1（%2）</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>average score %1 of 5</source>
        <translation>平均 %1 分（满分5分）</translation>
    </message>
    <message>
        <source>%1 complaints, %2 open</source>
        <translation>投诉 %1 件，未结 %2 件</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>未收余额</translation>
    </message>
    <message>
        <source>%1 on %2 invoices</source>
        <translation>%1（%2 张结算单）</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From the old system</source>
        <translation>老系统资料</translation>
    </message>
    <message>
        <source>merged into customer file #%1</source>
        <translation>已合并到客户档案 #%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>保修开始日期</translation>
    </message>
    <message>
        <source>VIN accepted because</source>
        <translation>车架号例外原因</translation>
    </message>
    <message>
        <source>Plate accepted because</source>
        <translation>车牌例外原因</translation>
    </message>
    <message>
        <source>OPEN RECALL</source>
        <translation>未完成召回</translation>
    </message>
    <message>
        <source>Restore vehicle</source>
        <translation>恢复车辆</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>客户归档</translation>
    </message>
    <message>
        <source>The file and its history are kept, but it no longer shows in searches. Reason:</source>
        <translation>档案和历史记录都会保留，但不再出现在搜索结果中。原因：</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>E.g. scrapped, sold out of the area. Reason:</source>
        <translation>例如：报废、卖到外地。原因：</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, pinyin initials, phone or plate</source>
        <translation>姓名、拼音首字母、电话或车牌</translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <source>Deputies</source>
        <translation>代班</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>休假人</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代班人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>DeskKeeper</name>
    <message>
        <source>At the desk: %1</source>
        <translation>当前用户：%1</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <source>Breakdown call…</source>
        <translation>接警…</translation>
    </message>
    <message>
        <source>Send a van…</source>
        <translation>派车…</translation>
    </message>
    <message>
        <source>Hand to a partner…</source>
        <translation>转合作站…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>打印服务单</translation>
    </message>
    <message>
        <source>Vans: %1</source>
        <translation>救援车：%1</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>No van is free: hand the call to a partner station.</source>
        <translation>没有空闲的救援车：请转给合作站。</translation>
    </message>
    <message>
        <source>Send a van</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>Which van goes to %1?</source>
        <translation>派哪辆车去 %1？</translation>
    </message>
    <message>
        <source>Hand to a partner</source>
        <translation>转合作站</translation>
    </message>
    <message>
        <source>Which station is nearer to %1?</source>
        <translation>哪个合作站离 %1 更近？</translation>
    </message>
    <message>
        <source>Rescue %1</source>
        <translation>救援 %1</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading below the last one</source>
        <translation>里程低于上次记录</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A reading below the last one needs a reason; nothing was saved.</source>
        <translation>里程低于上次读数时必须填写原因；未保存任何内容。</translation>
    </message>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>经理审批</translation>
    </message>
    <message>
        <source>%1 may not %2 alone. A manager approves it here with their own login and password; the record will name both.</source>
        <translation>%1 不能独自%2。请经理在此输入自己的登录名和密码审批；记录中会写明两人。</translation>
    </message>
    <message>
        <source>Manager&apos;s login</source>
        <translation>经理登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This PC opens the shop on the server from its next start: close ServiceBay and open it again.

On each other PC: System → Several workstations → Connect to the shop&apos;s server, and type
  server: %1   port: %2   database: %3   login: %4
and the password you chose.</source>
        <translation>这台电脑下次启动时打开服务器上的数据：请关闭售后管家再重新打开。

在其他每台电脑上：系统 → 多工位 → 连接到店里的服务器，输入
  服务器：%1   端口：%2   数据库：%3   登录名：%4
以及您设置的密码。</translation>
    </message>
</context>
<context>
    <name>DueListPage</name>
    <message>
        <source>and overdue</source>
        <translation>含已逾期</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>到期日从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>消息…</translation>
    </message>
    <message>
        <source>Recalculate due dates</source>
        <translation>重新计算到期日</translation>
    </message>
    <message>
        <source>Maintenance rate in %1: %2 of %3 cars due were serviced here (%4).</source>
        <translation>%1 保养实施率：到期 %3 辆，在本店保养 %2 辆（%4）。</translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation>%1 的专属客户</translation>
    </message>
    <message>
        <source>%1 to call, %2 overdue</source>
        <translation>需要提醒 %1 辆，%2 辆已逾期</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>请先选择一辆车。</translation>
    </message>
    <message>
        <source>Due dates recalculated for %1 cars.</source>
        <translation>已重算 %1 辆车的到期日。</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待客户确认</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <source>Record an exclusion</source>
        <translation>登记不保修情形</translation>
    </message>
    <message>
        <source>the whole car</source>
        <translation>整车</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>不保修情形</translation>
    </message>
    <message>
        <source>For</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extended warranty</source>
        <translation>延保</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>保修部件</translation>
    </message>
    <message>
        <source>More months</source>
        <translation>延长月数</translation>
    </message>
    <message>
        <source>More km</source>
        <translation>延长公里数</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
</context>
<context>
    <name>FapiaoDialog</name>
    <message>
        <source>Red-letter fapiao for %1</source>
        <translation>%1 的红字发票</translation>
    </message>
    <message>
        <source>Fapiao for %1</source>
        <translation>%1 的发票</translation>
    </message>
    <message>
        <source>20 digits from the tax platform</source>
        <translation>税务平台开具的20位号码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fapiao number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>Figures you enter for others&apos; appraisals: %1 to enter.</source>
        <translation>您负责为他人考核录入的数据：还有 %1 项待录入。</translation>
    </message>
    <message>
        <source>You owe no figures for anyone&apos;s appraisal.</source>
        <translation>您没有待录入的考核数据。</translation>
    </message>
    <message>
        <source>Figures for %1 not entered by their day, or entered late: %2</source>
        <translation>%1 未按期录入或逾期录入的考核数据：%2 项</translation>
    </message>
    <message>
        <source>%1 figure(s) saved.</source>
        <translation>已保存 %1 项数据。</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>What the manufacturer owes, by days since its answer</source>
        <translation>厂家欠款（按审核后天数）</translation>
    </message>
    <message>
        <source>Refused lines by reason</source>
        <translation>拒赔项目（按原因）</translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation>%1 天：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1: %2 line(s), %3</source>
        <translation>%1：%2 项，%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} is a folder or a device, not a file; choose a file name. Nothing was written.</source>
        <translation>{file} 是文件夹或设备，不是文件；请换一个文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>{file} is open in another program (Excel or WPS?). Close it there and try again; nothing was written.</source>
        <translation>{file} 正被其他程序（Excel 或 WPS？）打开。请先在那里关闭，再重试；未写入任何内容。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to ServiceBay 售后管家</source>
        <translation>欢迎使用售后管家 ServiceBay</translation>
    </message>
    <message>
        <source>Another PC of this shop already holds the data on the shop&apos;s server?</source>
        <translation>店里已有另一台电脑在服务器上存放数据？</translation>
    </message>
    <message>
        <source>Connect this PC to the shop&apos;s server…</source>
        <translation>把这台电脑连接到店里的服务器…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your shop&lt;/h3&gt;These details are printed on job cards and invoices.</source>
        <translation>&lt;h3&gt;您的门店&lt;/h3&gt;这些信息会印在派工单和结算单上。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>门店标志（PNG或JPEG）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prices&lt;/h3&gt;Both can be changed later in System.</source>
        <translation>&lt;h3&gt;价格&lt;/h3&gt;以后可在“系统”中修改。</translation>
    </message>
    <message>
        <source>Labour rate (yuan per hour, excl. VAT)</source>
        <translation>工时单价（元/工时，不含税）</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>增值税率（%）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staff and bays&lt;/h3&gt;Who works here, one per line: the name, then the role (服务顾问, 技师, 车间主管, 质检员, 配件员, 收银员, 经理). Change the examples to your people; empty the box to skip. Both can be changed later in System.</source>
        <translation>&lt;h3&gt;员工与工位&lt;/h3&gt;每行一位员工：先写姓名，再写岗位（服务顾问、技师、车间主管、质检员、配件员、收银员、经理）。请把示例改成本店人员；清空即可跳过。以后可在“系统”中修改。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;您的数据&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>从空白门店开始</translation>
    </message>
    <message>
        <source>Load the demo shop to try ServiceBay out (300 customers, a year of work orders; start again empty later with a new data file)</source>
        <translation>载入演示门店试用（300位客户、一年的工单；以后可换一个新的数据文件重新开始）</translation>
    </message>
    <message>
        <source>Restore a backup from a USB drive (moving to a new PC)</source>
        <translation>从U盘恢复备份（换新电脑时）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>门店标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The demo shop</source>
        <translation>演示门店</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Complaints: %1</source>
        <translation>投诉：%1</translation>
    </message>
</context>
<context>
    <name>GrantsDialog</name>
    <message>
        <source>What each role may do</source>
        <translation>各角色的权限</translation>
    </message>
    <message>
        <source>(or with a manager&apos;s approval)</source>
        <translation>（或经经理审批）</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to the buyer</source>
        <translation>交车给买主</translation>
    </message>
    <message>
        <source>name, phone or plate of the buyer</source>
        <translation>买主的姓名、电话或车牌</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买主</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交车</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>快速上手</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>reception</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>told by customer</source>
        <translation>客户告知</translation>
    </message>
    <message>
        <source>road test</source>
        <translation>路试</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work order {number} ({state}), {km} km: {concern}</source>
        <translation>工单 {number}（{state}），{km} km：{concern}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>车主：{name}</translation>
    </message>
    <message>
        <source>Odometer {km} km ({source}): {reason}</source>
        <translation>里程 {km} km（{source}）：{reason}</translation>
    </message>
    <message>
        <source>Odometer {km} km ({source})</source>
        <translation>里程 {km} km（{source}）</translation>
    </message>
    <message>
        <source>Follow-up call: reached, score {score}. {notes}</source>
        <translation>回访：已接通，评分 {score}。{notes}</translation>
    </message>
    <message>
        <source>Follow-up call: not reached</source>
        <translation>回访：未接通</translation>
    </message>
    <message>
        <source>Appointment {number} ({state}): {concern}</source>
        <translation>预约 {number}（{state}）：{concern}</translation>
    </message>
    <message>
        <source>Complaint {number} ({state}): {text}</source>
        <translation>投诉 {number}（{state}）：{text}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>电话2</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>个人/单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>保修开始日期</translation>
    </message>
    <message>
        <source>The old system&apos;s customer id</source>
        <translation>老系统的客户编号</translation>
    </message>
    <message>
        <source>Why the plate or VIN is accepted as it is</source>
        <translation>车牌或车架号按原样登记的原因（例外原因）</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程 (km)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>{count} row(s) have problems; nothing was imported.</source>
        <translation>{count} 处问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation>文件编码既不是 UTF-8 也不是 GBK。</translation>
    </message>
    <message>
        <source>{file} cannot be read as a CSV table ({error}). Open it in Excel or WPS and save it again as .xlsx or .csv.</source>
        <translation>{file} 无法按 CSV 表格读取（{error}）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv 后再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({error}). Open it in Excel or WPS and save it again as .xlsx or .csv.</source>
        <translation>无法把 {file} 作为 Excel 工作簿读取（{error}）。请用 Excel 或 WPS 打开后另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>No column is mapped to the customer&apos;s name.</source>
        <translation>没有列对应客户姓名。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (use 2024-05-31).</source>
        <translation>“{value}”不是日期（请写成 2024-05-31）。</translation>
    </message>
    <message>
        <source>Plate {plate} is also on row {row}.</source>
        <translation>车牌 {plate} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <source>VIN {vin} is also on row {row}.</source>
        <translation>车架号 {vin} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <source>{value} is already on file (customer {customer}).</source>
        <translation>{value} 已在档案中（客户 {customer}）。</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>到货天数</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>包装数</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>起订量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本单价</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>{value}: {reason}</source>
        <translation>{value}：{reason}</translation>
    </message>
    <message>
        <source>No column for {field}.</source>
        <translation>找不到“{field}”列。</translation>
    </message>
    <message>
        <source>The part number is empty.</source>
        <translation>配件号为空。</translation>
    </message>
    <message>
        <source>Part {number} is also on row {other}.</source>
        <translation>配件{number}在第{other}行也出现了。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>Not a number of days: {value}</source>
        <translation>不是天数：{value}</translation>
    </message>
    <message>
        <source>Part {number} is already in the catalogue.</source>
        <translation>配件{number}已在配件目录中。</translation>
    </message>
    <message>
        <source>{value} is the old system&apos;s empty date, not the day of the issue.</source>
        <translation>{value} 是老系统的“空日期”，不是出库日期。</translation>
    </message>
    <message>
        <source>Not a date in the past: {value}</source>
        <translation>不是过去的日期：{value}</translation>
    </message>
    <message>
        <source>The file has no rows under its headers.</source>
        <translation>文件只有表头，下面没有数据行。</translation>
    </message>
    <message>
        <source>Part {number} is not in the catalogue; import the parts first.</source>
        <translation>配件{number}不在配件目录中，请先导入配件。</translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation>活动代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Labour code</source>
        <translation>工时代码</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part quantity</source>
        <translation>配件数量</translation>
    </message>
    <message>
        <source>The campaign code is empty.</source>
        <translation>活动代码是空的。</translation>
    </message>
    <message>
        <source>Not a number of hours (0–200): {value}</source>
        <translation>工时不是 0–200 之间的数字：{value}</translation>
    </message>
    <message>
        <source>A recall or an update?</source>
        <translation>是召回还是技术升级？</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>名称是空的。</translation>
    </message>
    <message>
        <source>Campaign {code} is described differently on an earlier row.</source>
        <translation>活动 {code} 在前面的行里内容不一样。</translation>
    </message>
    <message>
        <source>Not a quantity: {value}</source>
        <translation>不是有效的数量：{value}</translation>
    </message>
    <message>
        <source>The VIN is empty.</source>
        <translation>车架号是空的。</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Old customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>For bills from</source>
        <translation>最低消费</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The sheet needs the columns 券码, 面值 and 有效期至.</source>
        <translation>表格须有“券码”“面值”和“有效期至”列。</translation>
    </message>
    <message>
        <source>A coupon code has 6 to 20 letters and digits, once.</source>
        <translation>券码为 6 到 20 位字母或数字，且不能重复。</translation>
    </message>
    <message>
        <source>A date still to come, as 2027-03-31.</source>
        <translation>请填写尚未到期的日期，如 2027-03-31。</translation>
    </message>
    <message>
        <source>The sheet needs the columns 卡号, 余额 and 手机 (or 客户编号).</source>
        <translation>表格须有“卡号”“余额”和“手机”（或“客户编号”）列。</translation>
    </message>
    <message>
        <source>At most {count} cards at a time.</source>
        <translation>一次最多导入 {count} 张卡。</translation>
    </message>
    <message>
        <source>A card number has 6 to 20 letters and digits.</source>
        <translation>卡号为 6 到 20 位字母或数字。</translation>
    </message>
    <message>
        <source>Card {number} is already given out (or twice in the sheet).</source>
        <translation>卡号 {number} 已存在（或在表中重复）。</translation>
    </message>
    <message>
        <source>No customer in the file has this phone or old id; import the customers first.</source>
        <translation>客户档案中没有此手机号或客户编号；请先导入客户。</translation>
    </message>
    <message>
        <source>There is no member level {name}; set it up first.</source>
        <translation>没有会员等级“{name}”；请先设置。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers and vehicles</source>
        <translation>导入客户和车辆</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx, .xls) file, one vehicle per row.</source>
        <translation>CSV 或 Excel（.xlsx、.xls）文件，每行一辆车。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold:</source>
        <translation>文件中的列及其内容：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Import the good rows, save the bad ones…</source>
        <translation>先导入正确的行，把有问题的行另存…</translation>
    </message>
    <message>
        <source>— kept as data from the old system —</source>
        <translation>— 作为老系统资料保存 —</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Correct the marked cells below and import again, or import the good rows and save the bad ones to a file.</source>
        <translation>请在下表中改正标红的格子后再次导入，或先导入正确的行、把有问题的行另存到文件。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Save the rows set aside</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 rows were set aside in %2: fix them there and import that file.</source>
        <translation>%1 行有问题，已另存到 %2：请在那里改正后再导入该文件。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls)</source>
        <translation>表格文件 (*.csv *.tsv *.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data rows</source>
        <translation>
            <numerusform>%1：%n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1</source>
        <translation>每个字段只能对应一列：%1</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new customers, %3 existing customers, %4 vehicles.</source>
        <translation>已导入 %1 行：新客户 %2 位，已有客户 %3 位，车辆 %4 辆。</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>being filled</source>
        <translation>填写中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>Storage check</source>
        <translation>储存检查</translation>
    </message>
    <message>
        <source>OK / attention / urgent</source>
        <translation>正常 / 需关注 / 紧急</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Photo reference</source>
        <translation>照片编号</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>New sheet…</source>
        <translation>新建检查表…</translation>
    </message>
    <message>
        <source>Findings → proposal for the customer</source>
        <translation>向客户建议追加项目</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>检测诊断单</translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation>PDI报告</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Recommended on %1 (%2), not done yet:</source>
        <translation>上次建议尚未处理（%1，%2）：</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>Order {number} was not repaired.</source>
        <translation>工单 {number} 未维修。</translation>
    </message>
    <message>
        <source>Order {number} has its accident case already.</source>
        <translation>工单 {number} 已有事故案件。</translation>
    </message>
    <message>
        <source>Choose the insurer.</source>
        <translation>请选择保险公司。</translation>
    </message>
    <message>
        <source>The insurer has paid this case; its assessment stays.</source>
        <translation>保险公司已付款，定损不能再改。</translation>
    </message>
    <message>
        <source>Add the work found after disassembly to the order first; then send it as a supplement.</source>
        <translation>请先把拆检发现的项目加到工单上，再发送追加定损。</translation>
    </message>
    <message>
        <source>Supplement {seq} has its answer already.</source>
        <translation>追加定损 {seq} 已经答复过了。</translation>
    </message>
    <message>
        <source>The split follows the insurer&apos;s assessment.</source>
        <translation>定损之后才能分摊费用。</translation>
    </message>
    <message>
        <source>A supplement waits for the assessor&apos;s answer.</source>
        <translation>还有追加定损在等定损员答复。</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s transfer number.</source>
        <translation>请输入保险公司的转账号。</translation>
    </message>
    <message>
        <source>The insurer&apos;s invoice is not issued yet.</source>
        <translation>保险公司的结算单还没有开具。</translation>
    </message>
    <message>
        <source>A case is closed once the insurer has paid.</source>
        <translation>保险公司付清后才能关闭案件。</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s report number (报案号).</source>
        <translation>请输入报案号。</translation>
    </message>
    <message>
        <source>Own damage or a third party?</source>
        <translation>本车损失还是第三者？</translation>
    </message>
    <message>
        <source>The order is invoiced already: credit its invoices before the split changes.</source>
        <translation>工单已经开票：请先冲红，再重新分摊。</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation>请输入保险公司名称。</translation>
    </message>
    <message>
        <source>{name} is on file already.</source>
        <translation>{name} 已经登记过了。</translation>
    </message>
    <message>
        <source>Waiting for the assessment</source>
        <translation>待定损</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已定损</translation>
    </message>
    <message>
        <source>Split between insurer and customer</source>
        <translation>已分摊</translation>
    </message>
    <message>
        <source>Insurer paid</source>
        <translation>保险公司已付款</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Own damage</source>
        <translation>本车损失</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Driving licence (驾驶证)</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Vehicle licence (行驶证)</source>
        <translation>行驶证</translation>
    </message>
    <message>
        <source>Accident report (事故认定书)</source>
        <translation>事故认定书</translation>
    </message>
    <message>
        <source>Bank details (银行账户)</source>
        <translation>收款银行账户</translation>
    </message>
    <message>
        <source>Repair invoice (维修发票)</source>
        <translation>维修发票</translation>
    </message>
    <message>
        <source>Photos before the repair</source>
        <translation>维修前照片</translation>
    </message>
    <message>
        <source>Photos during the repair</source>
        <translation>维修中照片</translation>
    </message>
    <message>
        <source>Photos after the repair</source>
        <translation>维修后照片</translation>
    </message>
    <message>
        <source>Letter of authority, signed (授权书)</source>
        <translation>授权书（客户签字）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The insurer has paid this case; a supplement is too late.</source>
        <translation>保险公司已付款，不能再追加定损。</translation>
    </message>
    <message>
        <source>When did the accident happen?</source>
        <translation>什么时候出的险？</translation>
    </message>
    <message>
        <source>The accident date is in the future.</source>
        <translation>出险日期不能是将来。</translation>
    </message>
    <message>
        <source>An assessed amount is not below zero.</source>
        <translation>定损金额不能小于0。</translation>
    </message>
    <message>
        <source>The insurer assessed more than the line ({estimate}).</source>
        <translation>定损金额高于本店报价（{estimate}）。</translation>
    </message>
    <message>
        <source>Only a refused item is done at the customer&apos;s cost.</source>
        <translation>只有拒赔的项目才能由客户自费。</translation>
    </message>
    <message>
        <source>The deductible, betterment and waiver are not below zero.</source>
        <translation>免赔额、折旧和减免不能小于0。</translation>
    </message>
    <message>
        <source>The deductible and betterment ({moved}) are more than the insurer assessed ({assessed}).</source>
        <translation>免赔额和折旧（{moved}）超过了定损金额（{assessed}）。</translation>
    </message>
    <message>
        <source>At most the customer&apos;s share ({share}) can be waived.</source>
        <translation>最多只能减免客户应付的 {share}。</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>Accident repairs and insurers</source>
        <translation>事故车与保险公司</translation>
    </message>
    <message>
        <source>Accident cases</source>
        <translation>事故案件</translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Share by insurer</source>
        <translation>按保险公司统计</translation>
    </message>
</context>
<context>
    <name>InsurerDialog</name>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>One per line: name and phone, e.g. 李定损 13900000001</source>
        <translation>每行一位：姓名和电话，如 李定损 13900000001</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pays within (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>定损员</translation>
    </message>
</context>
<context>
    <name>InsurersTab</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>不再使用</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Number, payer or fapiao number</source>
        <translation>单号、付款方或发票号码</translation>
    </message>
    <message>
        <source>Open balance only</source>
        <translation>只看未收清</translation>
    </message>
    <message>
        <source>Waiting for a fapiao</source>
        <translation>待开发票</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>红字冲销…</translation>
    </message>
    <message>
        <source>Record fapiao…</source>
        <translation>登记发票…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Counter sale…</source>
        <translation>柜台销售…</translation>
    </message>
    <message>
        <source>Daily cash…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <source>Receivables…</source>
        <translation>应收账龄…</translation>
    </message>
    <message>
        <source>Export for the accountant…</source>
        <translation>导出给会计…</translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation>校验账链</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>%1 invoices, open balance %2</source>
        <translation>%1 张结算单，未收合计 %2</translation>
    </message>
    <message>
        <source>one customer (clear the search to see all)</source>
        <translation>仅此客户（清空搜索查看全部）</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>%2 于 %1 开具</translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>credits %1: %2</source>
        <translation>冲销 %1：%2</translation>
    </message>
    <message>
        <source>net %1, VAT %2, total %3</source>
        <translation>不含税 %1，税额 %2，价税合计 %3</translation>
    </message>
    <message>
        <source>invoice discount %1</source>
        <translation>整单折扣 %1</translation>
    </message>
    <message>
        <source>paid %1, credited %2, &lt;b&gt;balance %3&lt;/b&gt;</source>
        <translation>已收 %1，已冲红 %2，&lt;b&gt;未收 %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fapiao %1 %2</source>
        <translation>发票 %1 %2</translation>
    </message>
    <message>
        <source>no fapiao recorded yet</source>
        <translation>尚未登记发票</translation>
    </message>
    <message>
        <source>Pay back</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>%1 is to be paid back after the credit. Amount paid back in cash:</source>
        <translation>冲红后应退 %1。以现金退还的金额：</translation>
    </message>
    <message>
        <source>Onto member card %1</source>
        <translation>退回会员卡 %1</translation>
    </message>
    <message>
        <source>Pay back how?</source>
        <translation>如何退款？</translation>
    </message>
    <message>
        <source>In cash</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Paid back on %1.</source>
        <translation>%1 已退款。</translation>
    </message>
    <message>
        <source>Payment taken on %1.</source>
        <translation>%1 已收款。</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>已开具红字单 %1。</translation>
    </message>
    <message>
        <source>Fapiao recorded on %1.</source>
        <translation>%1 已登记发票。</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>已开具结算单 %1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 invoice lines and %2 payments (%3 and %4).</source>
        <translation>已导出 %1 行结算明细和 %2 笔收款（%3 和 %4）。</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>账链校验</translation>
    </message>
    <message>
        <source>All %1 invoices and credit notes are as issued.</source>
        <translation>全部 %1 张结算单和红字单与开具时一致。</translation>
    </message>
    <message>
        <source>Invoice %1 is not as it was issued (%2). Everything before it is intact. Keep the backups and tell the manager.</source>
        <translation>结算单 %1 与开具时不一致（%2）。此前的单据完好。请保留备份并告知经理。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Checklist point</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Lowest possible reading</source>
        <translation>可能的最低读数</translation>
    </message>
    <message>
        <source>Highest possible reading</source>
        <translation>可能的最高读数</translation>
    </message>
    <message>
        <source>Attention below</source>
        <translation>低于此值需关注</translation>
    </message>
    <message>
        <source>Urgent below</source>
        <translation>低于此值紧急</translation>
    </message>
    <message>
        <source>Attention above</source>
        <translation>高于此值需关注</translation>
    </message>
    <message>
        <source>Urgent above</source>
        <translation>高于此值紧急</translation>
    </message>
    <message>
        <source>Labour operation code</source>
        <translation>工时代码</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Part quantity</source>
        <translation>配件数量</translation>
    </message>
</context>
<context>
    <name>KPI</name>
    <message>
        <source>Rework rate (返修率)</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>comebacks delivered</source>
        <translation>返修交车</translation>
    </message>
    <message>
        <source>orders delivered</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>First-time fix (一次修复率)</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>orders delivered that were not comebacks</source>
        <translation>非返修的交车</translation>
    </message>
    <message>
        <source>Complaint rate (投诉率)</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Revenue per order (单车产值)</source>
        <translation>单车产值</translation>
    </message>
    <message>
        <source>amount of the orders delivered, excl. VAT</source>
        <translation>交车工单金额（不含税）</translation>
    </message>
    <message>
        <source>On-time delivery (准时交车率)</source>
        <translation>准时交车率</translation>
    </message>
    <message>
        <source>orders ready by the promised time</source>
        <translation>在承诺时间前完工的工单</translation>
    </message>
    <message>
        <source>orders delivered with a promised time</source>
        <translation>有承诺交车时间的交车工单</translation>
    </message>
    <message>
        <source>Parts fill rate (快速的服务率)</source>
        <translation>配件满足率</translation>
    </message>
    <message>
        <source>orders with parts that never waited for parts</source>
        <translation>未等配件的工单</translation>
    </message>
    <message>
        <source>orders delivered with parts</source>
        <translation>用了配件的交车工单</translation>
    </message>
    <message>
        <source>Parts gross profit (配件毛利)</source>
        <translation>配件毛利</translation>
    </message>
    <message>
        <source>parts sold less their cost, on the orders delivered</source>
        <translation>交车工单的配件销售额减成本</translation>
    </message>
    <message>
        <source>Technician productivity (生产率)</source>
        <translation>技师生产率</translation>
    </message>
    <message>
        <source>hours sold on the orders delivered</source>
        <translation>交车工单的售出工时</translation>
    </message>
    <message>
        <source>hours clocked</source>
        <translation>打卡工时</translation>
    </message>
    <message>
        <source>Return rate (回厂率)</source>
        <translation>回厂率</translation>
    </message>
    <message>
        <source>of them, customers who came back in the 12 months to the period&apos;s end</source>
        <translation>其中最近12个月又回厂的客户</translation>
    </message>
    <message>
        <source>customers served in the 12 months before</source>
        <translation>之前12个月来过的客户</translation>
    </message>
    <message>
        <source>Orders delivered (交车台次)</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>Days in the shop (平均在厂天数)</source>
        <translation>平均在厂天数</translation>
    </message>
    <message>
        <source>days from arrival to delivery, added up</source>
        <translation>从进厂到交车的天数合计</translation>
    </message>
    <message>
        <source>Technician efficiency (效率)</source>
        <translation>技师效率</translation>
    </message>
    <message>
        <source>hours clocked on jobs</source>
        <translation>作业打卡工时</translation>
    </message>
    <message>
        <source>hours at work (attendance)</source>
        <translation>出勤工时</translation>
    </message>
    <message>
        <source>Appointment share (预约率)</source>
        <translation>预约率</translation>
    </message>
    <message>
        <source>orders delivered that were booked ahead</source>
        <translation>预约进厂的交车工单</translation>
    </message>
    <message>
        <source>No-show rate (爽约率)</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <source>appointments not kept</source>
        <translation>爽约的预约</translation>
    </message>
    <message>
        <source>appointments due so far</source>
        <translation>已到预约时间的预约</translation>
    </message>
    <message>
        <source>Follow-up reach (回访成功率)</source>
        <translation>回访成功率</translation>
    </message>
    <message>
        <source>follow-up calls that reached the customer</source>
        <translation>联系上客户的回访</translation>
    </message>
    <message>
        <source>follow-up calls finished</source>
        <translation>已完成的回访</translation>
    </message>
    <message>
        <source>Service absorption (服务吸收率)</source>
        <translation>服务吸收率</translation>
    </message>
    <message>
        <source>after-sales gross profit: labour, and parts less their cost</source>
        <translation>售后毛利：工时收入加配件毛利</translation>
    </message>
    <message>
        <source>the dealership&apos;s fixed costs</source>
        <translation>本店固定费用</translation>
    </message>
    <message>
        <source>Maintenance rate (定期保养实施率)</source>
        <translation>定期保养实施率</translation>
    </message>
    <message>
        <source>of them, cars serviced here from a month before to two months after</source>
        <translation>其中在到期前一个月至到期后两个月内在本店保养的车辆</translation>
    </message>
    <message>
        <source>cars whose maintenance fell due in the period</source>
        <translation>本期保养到期的车辆</translation>
    </message>
    <message>
        <source>Parts turnover (库存周转)</source>
        <translation>库存周转</translation>
    </message>
    <message>
        <source>cost of the parts issued in the 12 months to the period&apos;s end</source>
        <translation>截至期末12个月的配件出库成本</translation>
    </message>
    <message>
        <source>average stock value at cost over them</source>
        <translation>同期平均库存金额（成本）</translation>
    </message>
    <message>
        <source>Dead stock (呆滞库存)</source>
        <translation>呆滞库存</translation>
    </message>
    <message>
        <source>stock at cost of the parts with no movement for 12 months</source>
        <translation>12个月无进出的配件库存金额（成本）</translation>
    </message>
    <message>
        <source>Customer share (顾客占有率)</source>
        <translation>顾客占有率</translation>
    </message>
    <message>
        <source>of them, cars that came back for service within a year of handover</source>
        <translation>其中交车后一年内回店维修保养的车辆</translation>
    </message>
    <message>
        <source>cars the shop sold in the 12 months to a year before the period&apos;s end</source>
        <translation>截至期末前一年的12个月内本店售出的车辆</translation>
    </message>
    <message>
        <source>Satisfaction (回访满意度, 1-5)</source>
        <translation>回访满意度（1-5分）</translation>
    </message>
    <message>
        <source>scores given on follow-up calls, added up</source>
        <translation>回访评分合计</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>评分项数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Tap your name</source>
        <translation>请点您的名字</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>您的PIN码</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <source>Done (sign out)</source>
        <translation>完成（退出）</translation>
    </message>
    <message>
        <source>Nobody has a kiosk PIN yet: the administrator gives one under System → Users.</source>
        <translation>还没有人设置打卡PIN码：请管理员在 系统 → 用户 中设置。</translation>
    </message>
    <message>
        <source>%1 · in %2 · out %3</source>
        <translation>%1 · 上班 %2 · 下班 %3</translation>
    </message>
    <message>
        <source>No job is dispatched to you now.</source>
        <translation>目前没有派给您的作业。</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>体检表</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完工</translation>
    </message>
    <message>
        <source> · %1 others on it</source>
        <translation> · 另有 %1 人在做</translation>
    </message>
    <message>
        <source>%1 h of %2 h</source>
        <translation>%1 / %2 小时</translation>
    </message>
    <message>
        <source>Still clocked on since %1: %2 · %3 · %4</source>
        <translation>自 %1 起仍在计时：%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>%1 clocked out.</source>
        <translation>%1 已下班打卡。</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Revenue (¥10,000, excl. VAT)</source>
        <translation>产值（万元，不含税）</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>The twelve months to %1</source>
        <translation>截至 %1 的十二个月</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Revenue by payer</source>
        <translation>产值构成（按付款方）</translation>
    </message>
    <message>
        <source>Revenue (¥, excl. VAT)</source>
        <translation>产值（元，不含税）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2台）</translation>
    </message>
    <message>
        <source>Advisors: revenue (orders)</source>
        <translation>服务顾问：产值（台次）</translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation>售出工时</translation>
    </message>
    <message>
        <source>Hours clocked</source>
        <translation>打卡工时</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Turns a year</source>
        <translation>年周转次数</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Parts turnover by ABC class</source>
        <translation>各类配件库存周转（ABC）</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>全部配件</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>The manager&apos;s measures</source>
        <translation>管理指标</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The measures, the advisors, the technicians and the parts turnover to Excel or CSV</source>
        <translation>把指标、服务顾问、技师和库存周转导出到 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>经营月报…</translation>
    </message>
    <message>
        <source>The month&apos;s report with its charts, to print or save as PDF</source>
        <translation>本月经营月报（含图表），可打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Double-click a figure to see the orders behind it.</source>
        <translation>双击指标，查看背后的工单。</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Parts turnover</source>
        <translation>库存周转</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Targets and fixed costs</source>
        <translation>目标与固定费用</translation>
    </message>
    <message>
        <source>The measures are for the service manager.</source>
        <translation>管理指标仅供服务经理查看。</translation>
    </message>
    <message>
        <source>Measures %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>%1: %2 order(s)</source>
        <translation>%1：%2 张工单</translation>
    </message>
    <message>
        <source>%1: %2 part(s) with no movement for 12 months</source>
        <translation>%1：%2 种配件12个月无进出</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Labour discount (%)</source>
        <translation>工时折扣（%）</translation>
    </message>
    <message>
        <source>Parts discount (%)</source>
        <translation>材料折扣（%）</translation>
    </message>
    <message>
        <source>Points per yuan paid</source>
        <translation>每消费 1 元积分</translation>
    </message>
    <message>
        <source>Rank (higher wins)</source>
        <translation>级别（高者优先）</translation>
    </message>
</context>
<context>
    <name>LiabilityTab</name>
    <message>
        <source>Money paid in advance is owed to the customers until it is used: the cards&apos; balances and the plans&apos; unused value at each month&apos;s end.</source>
        <translation>预付的钱在用掉之前是欠客户的：每月末的卡内余额和套餐未使用价值。</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Labour</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Shop&apos;s rate</source>
        <translation>按默认税率</translation>
    </message>
    <message>
        <source>0 % (exempt)</source>
        <translation>0 %（免税）</translation>
    </message>
    <message>
        <source>the shop&apos;s labour rate</source>
        <translation>本店工时单价</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Warranty component</source>
        <translation>保修部件</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>The order is authorized: this is additional work, counted once the customer approves it.</source>
        <translation>工单已签字：这是追加项目，客户确认后才计入。</translation>
    </message>
    <message>
        <source>On hand %1, available %2</source>
        <translation>库存 %1，可用 %2</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>approved</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>已发 %1</translation>
    </message>
    <message>
        <source>goodwill (%1)</source>
        <translation>善意保修（%1）</translation>
    </message>
</context>
<context>
    <name>LoadCardDialog</name>
    <message>
        <source>Any amount, no bonus</source>
        <translation>任意金额（无赠送）</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>充值</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>The shop&apos;s database</source>
        <translation>店里的数据库</translation>
    </message>
    <message>
        <source>ServiceBay signs in to the server with a login of its own. Choose its password (at least 8 characters); each PC keeps it in its credential store.</source>
        <translation>售后管家用自己的登录名连接服务器。请为它设置密码（至少 8 个字符）；每台电脑把它保存在凭据管理器中。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ServiceBay 售后管家</source>
        <translation>售后管家 ServiceBay</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间设置</translation>
    </message>
    <message>
        <source>Users and audit</source>
        <translation>用户与审计</translation>
    </message>
    <message>
        <source>Follow-up and calendar</source>
        <translation>回访与工作日历</translation>
    </message>
    <message>
        <source>Appointments and reminders</source>
        <translation>预约与提醒</translation>
    </message>
    <message>
        <source>Workshop steps and notices</source>
        <translation>车间流程与通知</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Several workstations</source>
        <translation>多工位</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>New cars</source>
        <translation>新车库存</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>召回活动</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Accident repairs</source>
        <translation>事故车</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Plans and cards</source>
        <translation>会员与套餐</translation>
    </message>
    <message>
        <source>Roadside rescue</source>
        <translation>紧急救援</translation>
    </message>
    <message>
        <source>Follow-up and complaints</source>
        <translation>回访与投诉</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>保养提醒</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Workshop kiosk</source>
        <translation>车间打卡</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Find customer or car</source>
        <translation>查找客户或车辆</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>本页帮助</translation>
    </message>
    <message>
        <source>About ServiceBay</source>
        <translation>关于售后管家</translation>
    </message>
    <message>
        <source>This shop has never been backed up.</source>
        <translation>本门店还从未备份过。</translation>
    </message>
    <message>
        <source>The shop&apos;s data changed since its last backup (%1 days ago, %2).</source>
        <translation>门店数据在上次备份（%1 天前，%2）之后有改动。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A USB stick with a recent backup is all that is left when this PC fails.</source>
        <translation>电脑坏了的时候，只有U盘里的近期备份能救回数据。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was restored. ServiceBay now opens the restored data.</source>
        <translation>备份已恢复。售后管家现在打开恢复后的数据。</translation>
    </message>
    <message>
        <source>%1 of your action items are past their due date</source>
        <translation>您有 %1 项行动事项已过期</translation>
    </message>
    <message>
        <source>%1 appraisal figure(s) to enter by %2</source>
        <translation>%1 项考核数据须在 %2 前录入</translation>
    </message>
    <message>
        <source>ServiceBay 售后管家 %1
The after-sales desk of a car dealership or repair shop.</source>
        <translation>售后管家 ServiceBay %1
汽车4S店与维修厂的售后前台系统。</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>announced</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Meetings, action items and problems</source>
        <translation>会议、行动事项和问题反馈</translation>
    </message>
    <message>
        <source>Announce a meeting…</source>
        <translation>发布会议通知…</translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation>打印会议通知…</translation>
    </message>
    <message>
        <source>Keep the minutes…</source>
        <translation>记录会议纪要…</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>打印会议纪要…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Raise a problem…</source>
        <translation>反馈问题…</translation>
    </message>
    <message>
        <source>Give it an owner…</source>
        <translation>指定负责人…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>问题反馈</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参会人员：%1</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation>会议决定：%1</translation>
    </message>
    <message>
        <source>Choose the meeting first.</source>
        <translation>请先选择会议。</translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Raise a problem</source>
        <translation>反馈问题</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>是什么问题？</translation>
    </message>
    <message>
        <source>Choose the problem first.</source>
        <translation>请先选择问题。</translation>
    </message>
    <message>
        <source>Give it an owner</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <source>Choose the item first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What was done (or the answer)?</source>
        <translation>做了什么（或答复）？</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>将重复档案合并到 %1</translation>
    </message>
    <message>
        <source>Find the duplicate file. Its phones, tags, vehicles and history move to %1; the duplicate is archived and points here. Nothing is deleted.</source>
        <translation>请找到重复的档案。它的电话、标签、车辆和历史记录将转到 %1 名下；重复档案会被归档并指向这里。不会删除任何数据。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3?</source>
        <translation>将 %1（%2）合并到 %3？</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Messages</source>
        <translation>提醒消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export for an SMS platform…</source>
        <translation>导出给短信平台…</translation>
    </message>
    <message>
        <source>Print as letters…</source>
        <translation>打印提醒信…</translation>
    </message>
    <message>
        <source>ServiceBay sends nothing itself: copy, export or print.</source>
        <translation>售后管家自己不发消息：请复制、导出或打印。</translation>
    </message>
    <message>
        <source>Export for an SMS platform</source>
        <translation>导出给短信平台</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>保养提醒信</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes: %1</source>
        <translation>会议纪要：%1</translation>
    </message>
    <message>
        <source>Work orders and complaints discussed, e.g. WO2026-000123</source>
        <translation>讨论的工单和投诉，例如 WO2026-000123</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>讨论案例</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新的行动事项</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>Rescue, plate, phone or place</source>
        <translation>救援单号、车牌、电话或地点</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>未回访</translation>
    </message>
    <message>
        <source>Satisfaction…</source>
        <translation>满意度…</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 cancelled, %4 by partner stations · reached in time %5 of %6 · median arrival %7 min · satisfied %8 of %9 asked</source>
        <translation>%1：接警 %2 次，取消 %3 次，合作站 %4 次 · 按时到达 %5/%6 · 到达用时中位数 %7 分钟 · 满意 %8/%9（已回访）</translation>
    </message>
    <message>
        <source>5 very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>3 neither</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>2 unsatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>1 very unsatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>How satisfied was the customer with the rescue?</source>
        <translation>客户对这次救援是否满意？</translation>
    </message>
    <message>
        <source>What did they say (optional)?</source>
        <translation>客户的原话（可不填）：</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Another time</source>
        <translation>改时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>改到这个时间</translation>
    </message>
</context>
<context>
    <name>MovePage</name>
    <message>
        <source>Move the data</source>
        <translation>搬迁数据</translation>
    </message>
    <message>
        <source>Close ServiceBay on every other PC first. The data is copied onto the server and compared row by row; the file on this PC stays as it is, as the fallback.</source>
        <translation>请先关闭其他所有电脑上的售后管家。数据会复制到服务器并逐行核对；本机的文件原样保留，作为后备。</translation>
    </message>
    <message>
        <source>Move the data now</source>
        <translation>现在搬迁数据</translation>
    </message>
    <message>
        <source>This shop is already on a server; its data is not moved.</source>
        <translation>本店数据已在服务器上，不再搬迁。</translation>
    </message>
    <message>
        <source>Copying and checking… the window stays usable.</source>
        <translation>正在复制并核对……窗口仍可使用。</translation>
    </message>
    <message>
        <source>Moved and checked: %1 rows in %2 tables identical on both sides, %3 invoices in an unbroken chain, in %4 s.</source>
        <translation>已搬迁并核对：%2 张表共 %1 行两边完全一致，%3 张发票链条完整，用时 %4 秒。</translation>
    </message>
    <message>
        <source>The move failed: %1</source>
        <translation>搬迁失败：%1</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>e.g. free 30-point check, 20 % off labour</source>
        <translation>例如：30项免费检测，工时八折</translation>
    </message>
    <message>
        <source>every make</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>every car</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <source>cars seen in the last year</source>
        <translation>一年内来过的车</translation>
    </message>
    <message>
        <source>cars not seen for a year (win them back)</source>
        <translation>一年没来的车（挽回）</translation>
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
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Fields: {客户} {车牌} {车型} {活动} {开始} {结束} {优惠} {门店} {门店电话}</source>
        <translation>可用字段：{客户} {车牌} {车型} {活动} {开始} {结束} {优惠} {门店} {门店电话}</translation>
    </message>
</context>
<context>
    <name>NewCarsPage</name>
    <message>
        <source>Handed over</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Receive a car…</source>
        <translation>接收新车…</translation>
    </message>
    <message>
        <source>Storage check…</source>
        <translation>储存检查…</translation>
    </message>
    <message>
        <source>Open the PDI order</source>
        <translation>开PDI工单</translation>
    </message>
    <message>
        <source>Show the PDI order</source>
        <translation>查看PDI工单</translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation>PDI报告</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>交车…</translation>
    </message>
    <message>
        <source>New cars in stock</source>
        <translation>库存新车</translation>
    </message>
    <message>
        <source>%1 cars · %2 storage checks due · %3 without a passed PDI</source>
        <translation>共 %1 辆 · %2 辆到期待检查 · %3 辆未通过PDI</translation>
    </message>
    <message>
        <source>PDI order opened: the technician fills the PDI sheet on it.</source>
        <translation>PDI工单已开：技师在这张工单上填写PDI检查表。</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不涉及具体人员）</translation>
    </message>
    <message>
        <source>About whom</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>Work order numbers, separated by spaces</source>
        <translation>工单号，多个用空格隔开</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>相关工单</translation>
    </message>
    <message>
        <source>What the customer complains of, in their words</source>
        <translation>客户投诉的内容（客户原话）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Only when settled there and then: what was done</source>
        <translation>只有当场解决时才填：怎么解决的</translation>
    </message>
    <message>
        <source>Settled on the spot</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <source>(no car)</source>
        <translation>（不涉及车辆）</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Tell the customer</source>
        <translation>通知客户</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export for the SMS platform…</source>
        <translation>导出给短信平台…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>新的交车时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Told so far</source>
        <translation>已通知记录</translation>
    </message>
    <message>
        <source>ServiceBay sends nothing itself: copy the message into WeChat or export it for the SMS platform, then log it as told.</source>
        <translation>程序自己不发消息：把内容复制到微信或导出给短信平台，发出后点“记录已通知”。</translation>
    </message>
    <message>
        <source>Log as told</source>
        <translation>记录已通知</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>档案里没有电话</translation>
    </message>
    <message>
        <source>Export for an SMS platform</source>
        <translation>导出给短信平台</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your car is ready</source>
        <translation>车已修好</translation>
    </message>
    <message>
        <source>The repair takes longer: new time</source>
        <translation>维修需要延时（新的交车时间）</translation>
    </message>
    <message>
        <source>The parts have arrived</source>
        <translation>配件已到</translation>
    </message>
    <message>
        <source>Please approve additional work</source>
        <translation>请确认追加项目</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <source>Odometer reading</source>
        <translation>录入里程</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>Told by customer</source>
        <translation>客户告知</translation>
    </message>
    <message>
        <source>Road test</source>
        <translation>路试</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>上次里程</translation>
    </message>
    <message>
        <source>Reading now</source>
        <translation>本次里程</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>OldParts</name>
    <message>
        <source>Kept</source>
        <translation>在店保管</translation>
    </message>
    <message>
        <source>Returned to the manufacturer</source>
        <translation>已返还厂家</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>{tag} has left the shop already.</source>
        <translation>{tag} 已经不在店里了。</translation>
    </message>
    <message>
        <source>Returned or scrapped?</source>
        <translation>返还还是报废？</translation>
    </message>
    <message>
        <source>Enter the return note or the manufacturer&apos;s instruction number.</source>
        <translation>请输入返还单号或厂家通知号。</translation>
    </message>
    <message>
        <source>Choose the parts.</source>
        <translation>请选择旧件。</translation>
    </message>
    <message>
        <source>{tags}: not in the shop any more.</source>
        <translation>{tags}：已经不在店里了。</translation>
    </message>
    <message>
        <source>Customer takes them</source>
        <translation>客户带走</translation>
    </message>
    <message>
        <source>Left to the shop to dispose of</source>
        <translation>留给本店处理</translation>
    </message>
    <message>
        <source>Handed to the customer</source>
        <translation>已交给客户</translation>
    </message>
    <message>
        <source>Scrapped by the shop</source>
        <translation>本店已报废</translation>
    </message>
    <message>
        <source>No parts were replaced</source>
        <translation>未更换配件</translation>
    </message>
</context>
<context>
    <name>OldPartsTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Location…</source>
        <translation>存放位置…</translation>
    </message>
    <message>
        <source>Returned to the manufacturer…</source>
        <translation>已返还厂家…</translation>
    </message>
    <message>
        <source>Scrapped…</source>
        <translation>已报废…</translation>
    </message>
    <message>
        <source>Where is it kept (shelf, box)?</source>
        <translation>存放在哪里（货架、箱号）？</translation>
    </message>
    <message>
        <source>Choose the parts first.</source>
        <translation>请先选择旧件。</translation>
    </message>
    <message>
        <source>%1 part(s). The return note or the manufacturer&apos;s instruction number:</source>
        <translation>%1 个旧件。返还单号或厂家通知号：</translation>
    </message>
</context>
<context>
    <name>OpenCardDialog</name>
    <message>
        <source>the number on the card (blank: one is given)</source>
        <translation>卡面号码（不填则自动编号）</translation>
    </message>
    <message>
        <source>6 digits, typed by the customer (blank: they sign instead)</source>
        <translation>6 位数字，由客户输入（不填：消费时签字）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>开卡</translation>
    </message>
    <message>
        <source>Find the customer and choose the card.</source>
        <translation>请先找到客户并选择卡种。</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义起止日期</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>The shop&apos;s owner</source>
        <translation>店主账号</translation>
    </message>
    <message>
        <source>ServiceBay now knows who does what. Make the owner&apos;s account first: the owner signs in as &lt;b&gt;admin&lt;/b&gt; and adds the staff under System → Users. Everything recorded so far as &quot;admin&quot; becomes the owner&apos;s.</source>
        <translation>售后管家现在会记录每个操作是谁做的。请先建立店主账号：店主用 &lt;b&gt;admin&lt;/b&gt; 登录，并在 系统 → 用户 中添加员工。之前记录为“admin”的操作都归店主。</translation>
    </message>
    <message>
        <source>e.g. 陈建国</source>
        <translation>例如：陈建国</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>店主姓名</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>密码（至少8个字符）</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>Make the owner</source>
        <translation>建立店主账号</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄下</translation>
    </message>
    <message>
        <source>&lt;p&gt;The owner&apos;s &lt;b&gt;recovery code&lt;/b&gt;, shown this once: write it down and keep it in the safe. It lets the owner in when the password is forgotten (there is no other way).&lt;/p&gt;&lt;p style=&apos;font-size:20px; font-family:monospace&apos;&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;店主的&lt;b&gt;恢复码&lt;/b&gt;只显示这一次：请抄下来放进保险柜。店主忘记密码时凭它登录（没有其他办法）。&lt;/p&gt;&lt;p style=&apos;font-size:20px; font-family:monospace&apos;&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>share of parts, most valuable first → cumulative share of consumption value ↑</source>
        <translation>配件占比（按消耗金额从高到低）→  累计消耗金额占比 ↑</translation>
    </message>
    <message>
        <source>No consumption in the last 12 months.</source>
        <translation>最近12个月没有消耗。</translation>
    </message>
    <message>
        <source>%1: %2 of the parts, up to %3 of the value</source>
        <translation>%1类：占配件数 %2，累计金额至 %3</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>Part number, name or bin</source>
        <translation>配件号、名称或货位</translation>
    </message>
    <message>
        <source>ABC analysis…</source>
        <translation>ABC分析…</translation>
    </message>
    <message>
        <source>Reorder review…</source>
        <translation>订货审核…</translation>
    </message>
    <message>
        <source>the supplier&apos;s</source>
        <translation>按供应商</translation>
    </message>
    <message>
        <source>the class&apos;s (A 7, B 14, C 30)</source>
        <translation>按类别（A 7，B 14，C 30）</translation>
    </message>
    <message>
        <source>the class&apos;s (A 98 %, B 95 %, C 90 %)</source>
        <translation>按类别（A 98 %，B 95 %，C 90 %）</translation>
    </message>
    <message>
        <source>Save part</source>
        <translation>保存配件</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新配件</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Stock-take…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>报损…</translation>
    </message>
    <message>
        <source>Return to supplier…</source>
        <translation>退货给供应商…</translation>
    </message>
    <message>
        <source>Bin label…</source>
        <translation>库位标签…</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>包装数量</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>最小订货量</translation>
    </message>
    <message>
        <source>Price (excl. VAT)</source>
        <translation>售价（不含税）</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>到货天数</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>检查周期（天）</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>%1 parts, stock value %2</source>
        <translation>%1 种配件，库存金额 %2</translation>
    </message>
    <message>
        <source>On hand %1, reserved %2, available %3, on order %6 · class %4 · cost %5</source>
        <translation>库存 %1，预留 %2，可用 %3，在途 %6 · %4类 · 成本 %5</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1: %2 on hand.</source>
        <translation>%1：库存 %2。</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>%1: quantity counted on the shelf</source>
        <translation>%1：货架上实盘数量</translation>
    </message>
    <message>
        <source>Reason for a difference</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退货给供应商</translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation>%1：数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 purchase orders made.</source>
        <translation>已生成%1张采购单。</translation>
    </message>
    <message>
        <source>ABC: %1 A, %2 B, %3 C.</source>
        <translation>ABC：A 类 %1，B 类 %2，C 类 %3。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Start at label number (1 = top left, across then down; %1 on a sheet):</source>
        <translation>从第几个标签开始（1 = 左上角，先横后竖；每张 %1 个）：</translation>
    </message>
</context>
<context>
    <name>Payers</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修（厂家）</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>保养套餐</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Ordinary (普票)</source>
        <translation>普通发票（普票）</translation>
    </message>
    <message>
        <source>Special (专票)</source>
        <translation>专用发票（专票）</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>结算单</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for %1</source>
        <translation>%1 收款</translation>
    </message>
    <message>
        <source>%1 · %2 · to pay %3</source>
        <translation>%1 · %2 · 应收 %3</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference (slip, transaction no.)</source>
        <translation>参考号（签购单、交易单号）</translation>
    </message>
    <message>
        <source>PIN (if the card has one)</source>
        <translation>密码（如有）</translation>
    </message>
    <message>
        <source>the coupon&apos;s code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>cash handed over</source>
        <translation>客户付现金额</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation>尚欠：%1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>找零：%1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>create and change customers and cars</source>
        <translation>建立和修改客户与车辆</translation>
    </message>
    <message>
        <source>archive or delete customers and cars</source>
        <translation>归档或删除客户与车辆</translation>
    </message>
    <message>
        <source>merge two customers</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <source>import and export the customer file</source>
        <translation>导入和导出客户档案</translation>
    </message>
    <message>
        <source>open work orders and take cars in</source>
        <translation>开工单、接车</translation>
    </message>
    <message>
        <source>add and change work-order lines and prices</source>
        <translation>增改工单项目和价格</translation>
    </message>
    <message>
        <source>give a discount above the advisors&apos; limit</source>
        <translation>给出超过顾问权限的折扣</translation>
    </message>
    <message>
        <source>sell a part below its cost</source>
        <translation>低于成本价销售配件</translation>
    </message>
    <message>
        <source>dispatch work to technicians and bays</source>
        <translation>派工到技师和工位</translation>
    </message>
    <message>
        <source>start, pause and finish work; clock on jobs</source>
        <translation>开工、暂停、完工，工时打卡</translation>
    </message>
    <message>
        <source>pass or fail the quality check</source>
        <translation>质检通过或退回</translation>
    </message>
    <message>
        <source>deliver cars to their customers</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>cancel work orders</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>let a car leave unrepaired (exit slip)</source>
        <translation>未修出厂（出厂通知单）</translation>
    </message>
    <message>
        <source>waive the diagnosis fee of a car that leaves unrepaired</source>
        <translation>免收未修出厂的检测诊断费</translation>
    </message>
    <message>
        <source>keep warranty policies, extensions and exclusions</source>
        <translation>管理保修政策、延保和不保修登记</translation>
    </message>
    <message>
        <source>approve warranty work outside the coverage as goodwill</source>
        <translation>批准保修范围外的项目作为善意保修</translation>
    </message>
    <message>
        <source>keep the insurers and the accident cases</source>
        <translation>管理保险公司和事故案件</translation>
    </message>
    <message>
        <source>waive part of the customer&apos;s share of an accident repair</source>
        <translation>减免客户在事故维修中应付的部分</translation>
    </message>
    <message>
        <source>see the department&apos;s measures (revenue, rates, people)</source>
        <translation>查看部门的管理指标（产值、比率、人员）</translation>
    </message>
    <message>
        <source>set the targets and enter the monthly fixed costs</source>
        <translation>设定目标、录入每月固定费用</translation>
    </message>
    <message>
        <source>appraise the staff: plan, score, grade and sign</source>
        <translation>员工考核：制定目标、评分、评级和签字</translation>
    </message>
    <message>
        <source>run the after-sales meetings and give out the problems raised</source>
        <translation>组织售后例会、分派员工反馈的问题</translation>
    </message>
    <message>
        <source>keep the new cars in stock, their checks and handover</source>
        <translation>管理库存新车、储存检查和交车</translation>
    </message>
    <message>
        <source>sell service plans and member cards, load cards</source>
        <translation>销售套餐和会员卡、充值</translation>
    </message>
    <message>
        <source>set up plan products, member levels and coupon campaigns</source>
        <translation>设置套餐产品、会员等级和优惠券活动</translation>
    </message>
    <message>
        <source>refund a card&apos;s unused balance or a plan</source>
        <translation>退还会员卡余额或退订套餐</translation>
    </message>
    <message>
        <source>take breakdown calls, dispatch and close rescues</source>
        <translation>接警、派车和结束救援</translation>
    </message>
    <message>
        <source>keep the service vans and the partner stations</source>
        <translation>管理救援车和合作站</translation>
    </message>
    <message>
        <source>change parts, prices and suppliers</source>
        <translation>修改配件、价格和供应商</translation>
    </message>
    <message>
        <source>receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <source>issue parts to work orders and take them back</source>
        <translation>工单发料和退料</translation>
    </message>
    <message>
        <source>order from suppliers</source>
        <translation>向供应商订货</translation>
    </message>
    <message>
        <source>count the stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <source>write off or adjust stock</source>
        <translation>报废或调整库存</translation>
    </message>
    <message>
        <source>issue invoices and take payments</source>
        <translation>开结算单、收款</translation>
    </message>
    <message>
        <source>issue credit notes and pay money back</source>
        <translation>开红字单、退款</translation>
    </message>
    <message>
        <source>record fapiao</source>
        <translation>登记发票</translation>
    </message>
    <message>
        <source>count the cash drawer</source>
        <translation>清点现金（日结）</translation>
    </message>
    <message>
        <source>see receivables and export for the accountant</source>
        <translation>查看应收款、为会计导出</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>restore a backup over the shop&apos;s data</source>
        <translation>用备份覆盖恢复门店数据</translation>
    </message>
    <message>
        <source>change the shop&apos;s settings and workshop setup</source>
        <translation>修改门店设置和车间设置</translation>
    </message>
    <message>
        <source>manage users, roles and permissions</source>
        <translation>管理用户、角色和权限</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>correct technicians&apos; clockings</source>
        <translation>更正技师打卡记录</translation>
    </message>
    <message>
        <source>book, move, confirm and cancel appointments</source>
        <translation>预约、改约、确认和取消预约</translation>
    </message>
    <message>
        <source>make follow-up calls and keep the call register</source>
        <translation>打回访电话、登记来电和信函</translation>
    </message>
    <message>
        <source>take complaints and work on them</source>
        <translation>受理和处理投诉</translation>
    </message>
    <message>
        <source>own complaints, hand them over, approve goodwill</source>
        <translation>负责投诉、转交投诉、批准善意补偿</translation>
    </message>
</context>
<context>
    <name>PickVehicleDialog</name>
    <message>
        <source>Which car?</source>
        <translation>哪辆车？</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>This customer has no vehicle on file.</source>
        <translation>此客户没有登记车辆。</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Extended warranty</source>
        <translation>延保</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>保养套餐</translation>
    </message>
    <message>
        <source>Roadside assistance</source>
        <translation>道路救援</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>paid in</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>paid with</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>moved to the new card</source>
        <translation>转入新卡</translation>
    </message>
    <message>
        <source>taken over from the old system</source>
        <translation>旧系统转入</translation>
    </message>
    <message>
        <source>points earned</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>points paid with</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>PlansOrderTab</name>
    <message>
        <source>Use one service of this plan</source>
        <translation>使用一次本套餐</translation>
    </message>
    <message>
        <source>No member card.</source>
        <translation>没有会员卡。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; member (card %2): labour −%3 %, parts −%4 % on the customer&apos;s lines; %5 on the card.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;会员（卡号 %2）：客户付费项目工时优惠 %3 %，材料优惠 %4 %；卡内余额 %5。</translation>
    </message>
    <message>
        <source>Use plan %1</source>
        <translation>使用套餐 %1</translation>
    </message>
    <message>
        <source>Which package is this visit&apos;s service?</source>
        <translation>本次保养用哪个保养套餐？</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Sell a plan</source>
        <translation>销售套餐</translation>
    </message>
    <message>
        <source>Open a member card</source>
        <translation>开会员卡</translation>
    </message>
    <message>
        <source>Pay into card %1</source>
        <translation>充值：%1</translation>
    </message>
    <message>
        <source>Plan product</source>
        <translation>套餐产品</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Coupon campaign</source>
        <translation>优惠券活动</translation>
    </message>
    <message>
        <source>Plans and member cards</source>
        <translation>会员与套餐</translation>
    </message>
    <message>
        <source>Plans sold</source>
        <translation>已售套餐</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation>预收款</translation>
    </message>
    <message>
        <source>Products and levels</source>
        <translation>产品与等级</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Contract, plate or customer</source>
        <translation>合同号、车牌或客户</translation>
    </message>
    <message>
        <source>ending within</source>
        <translation>到期天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Sell a plan…</source>
        <translation>销售套餐…</translation>
    </message>
    <message>
        <source>Print contract</source>
        <translation>打印合同</translation>
    </message>
    <message>
        <source>To the car&apos;s new owner</source>
        <translation>过户给新车主</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退订…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>%1 %2 · %3 to %4 · invoice %5 · sold by %6</source>
        <translation>%1 %2 · %3 至 %4 · 结算单 %5 · 经办 %6</translation>
    </message>
    <message>
        <source>Services used: %1 of %2 — %3</source>
        <translation>已使用 %1 / %2 次：%3</translation>
    </message>
    <message>
        <source>%1 sold; invoice %2 is ready for payment at the cashier.</source>
        <translation>%1 已售出；结算单 %2 请到收银处付款。</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退订 %1</translation>
    </message>
    <message>
        <source>Unused value %1 is credited on the invoice. Reason:</source>
        <translation>未使用价值 %1 将在结算单上冲红。原因：</translation>
    </message>
</context>
<context>
    <name>PoliciesSettings</name>
    <message>
        <source>empty: every series of the make</source>
        <translation>留空：该品牌所有车系</translation>
    </message>
    <message>
        <source>e.g. 1500 5000</source>
        <translation>例如 1500 5000</translation>
    </message>
    <message>
        <source>Save the term</source>
        <translation>保存保修条款</translation>
    </message>
    <message>
        <source>Remove the selected term</source>
        <translation>删除选中的条款</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>保修部件</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>公里数</translation>
    </message>
    <message>
        <source>Free inspections at km</source>
        <translation>免费检查（公里）</translation>
    </message>
    <message>
        <source>Warranty term saved.</source>
        <translation>保修条款已保存。</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printer %1 is not connected or refuses to print: %2</source>
        <translation>打印机 %1 未连接或拒绝打印：%2</translation>
    </message>
    <message>
        <source>no such printer on this PC</source>
        <translation>本电脑上没有这台打印机</translation>
    </message>
    <message>
        <source>Printer %1 is paused (%2): resume it in the system&apos;s printer settings, then print again.</source>
        <translation>打印机 %1 已暂停（%2）：请在系统的打印机设置中恢复，然后重新打印。</translation>
    </message>
    <message>
        <source>it could not be started</source>
        <translation>无法开始打印</translation>
    </message>
    <message>
        <source>the job was lost</source>
        <translation>打印作业丢失</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Paper: %1, portrait (set by the document)</source>
        <translation>纸张：%1，纵向（由单据决定）</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent.</source>
        <translation>已取消打印；未发送任何内容。</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>已将 %1 页发送到 %2。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>any maintenance package</source>
        <translation>任意保养套餐</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>The terms printed on the contract</source>
        <translation>印在合同上的服务条款</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>在售</translation>
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
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price (excl. VAT; a card: paid in)</source>
        <translation>价格（不含税；储值卡为充值金额）</translation>
    </message>
    <message>
        <source>Months valid</source>
        <translation>有效月数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>保养次数</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>保养套餐</translation>
    </message>
    <message>
        <source>Also included</source>
        <translation>附送项目</translation>
    </message>
    <message>
        <source>Components covered</source>
        <translation>保障总成</translation>
    </message>
    <message>
        <source>km beyond the factory cover</source>
        <translation>超出原厂保修的公里数</translation>
    </message>
    <message>
        <source>Call-outs a year</source>
        <translation>每年救援次数</translation>
    </message>
    <message>
        <source>Towing up to (km)</source>
        <translation>拖车里程（公里）</translation>
    </message>
    <message>
        <source>Bonus paid in on top</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>服务条款</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New level…</source>
        <translation>新建等级…</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>修改等级…</translation>
    </message>
    <message>
        <source>Member levels</source>
        <translation>会员等级</translation>
    </message>
</context>
<context>
    <name>PurchaseState</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已到齐</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>Show received and closed orders</source>
        <translation>显示已到齐和已关闭的采购单</translation>
    </message>
    <message>
        <source>Reorder review…</source>
        <translation>补货建议…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发出</translation>
    </message>
    <message>
        <source>Receive delivery…</source>
        <translation>到货入库…</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>关闭采购单</translation>
    </message>
    <message>
        <source>Nothing more will come: what is still expected is no longer on order.</source>
        <translation>不会再到货：尚未到货的数量不再计入在途。</translation>
    </message>
    <message>
        <source>Export for the supplier…</source>
        <translation>导出给供应商…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1已发出。</translation>
    </message>
    <message>
        <source>%1 pieces are still expected on %2. Close the order anyway? They will no longer count as on order.</source>
        <translation>%2还有%1件未到货。仍要关闭吗？这些将不再计入在途。</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>%1已关闭。</translation>
    </message>
    <message>
        <source>Received on %1: %2.</source>
        <translation>%1已入库：%2。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存%1。</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <source>Monthly report %1</source>
        <translation>经营月报 %1</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Reception and advice</source>
        <translation>接待与建议</translation>
    </message>
    <message>
        <source>Quality of the repair</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Ready when promised</source>
        <translation>按时交车</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Car returned clean</source>
        <translation>车辆清洁</translation>
    </message>
    <message>
        <source>Would recommend us</source>
        <translation>愿意推荐本店</translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>技术升级</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>will come</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>car sold</source>
        <translation>车已卖</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <source>Import the manufacturer&apos;s file…</source>
        <translation>导入厂家文件…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>记录通知…</translation>
    </message>
    <message>
        <source>Recall campaigns and technical updates</source>
        <translation>召回与技术升级活动</translation>
    </message>
    <message>
        <source>Not done yet (our cars first):</source>
        <translation>尚未完成的车辆（本店车辆在前）：</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s campaign file</source>
        <translation>厂家的活动文件</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 campaign(s) imported: %2 cars, %3 of them ours.</source>
        <translation>已导入 %1 个活动：%2 辆车，其中 %3 辆是本店车辆。</translation>
    </message>
    <message>
        <source>Call about %1</source>
        <translation>通知 %1</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>结果如何？</translation>
    </message>
</context>
<context>
    <name>ReceivablesDialog</name>
    <message>
        <source>Receivables by age</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Open balances by the age of the invoice: %1 in all.</source>
        <translation>按结算单账龄的未收余额：合计 %1。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>到货入库 %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（不记录）</translation>
    </message>
    <message>
        <source>e.g. SH2026-1130-07</source>
        <translation>例如 SH2026-1130-07</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <source>Unit cost (excl. VAT)</source>
        <translation>单位成本（不含税）</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>%1 · type what was delivered and the price on the delivery note; 0 for what did not come.</source>
        <translation>%1 · 填写本次到货数量和送货单上的单价；没到的填0。</translation>
    </message>
    <message>
        <source>Post the receipt</source>
        <translation>确认入库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Receive a new car</source>
        <translation>接收新车</translation>
    </message>
    <message>
        <source>the shop (internal)</source>
        <translation>本店（内部）</translation>
    </message>
    <message>
        <source>the manufacturer</source>
        <translation>厂家</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>PDI paid by</source>
        <translation>PDI付费方</translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <source>New work order</source>
        <translation>新开工单</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Open recall: %1</source>
        <translation>未完成召回：%1</translation>
    </message>
    <message>
        <source>km now; last: %1</source>
        <translation>当前公里数；上次：%1</translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation>用客户自己的话记录</translation>
    </message>
    <message>
        <source>— no package —</source>
        <translation>— 不选套餐 —</translation>
    </message>
    <message>
        <source>e.g. scratch on the left front door</source>
        <translation>例如：左前门划痕</translation>
    </message>
    <message>
        <source>e.g. umbrella, child seat</source>
        <translation>例如：雨伞、儿童座椅</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>By system</source>
        <translation>按系统</translation>
    </message>
    <message>
        <source>By symptom</source>
        <translation>按故障现象</translation>
    </message>
    <message>
        <source>The customer brings parts (no quality guarantee on that work)</source>
        <translation>客户自带配件（该部分不提供质量保证）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Comeback of %1 (%2)</source>
        <translation>返修：%1（%2）</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>保养套餐</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价方式</translation>
    </message>
    <message>
        <source>Comeback?</source>
        <translation>是否返修？</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>By item</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>By system</source>
        <translation>按系统</translation>
    </message>
    <message>
        <source>By symptom</source>
        <translation>按故障现象</translation>
    </message>
    <message>
        <source>other papers</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>The customer brings parts (no quality guarantee on that work)</source>
        <translation>客户自带配件（该项目不保证质量）</translation>
    </message>
    <message>
        <source>e.g. 副厂刹车片 — the customer signs the note on the job card</source>
        <translation>例如 副厂刹车片——客户在派工单上签字确认</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Save reception</source>
        <translation>保存接车信息</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>车身外观</translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation>车内物品</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌</translation>
    </message>
    <message>
        <source>Papers with the car</source>
        <translation>随车证件</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预计交车</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价方式</translation>
    </message>
    <message>
        <source>Non-original parts</source>
        <translation>非原厂配件</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>Given back to %1 on %2</source>
        <translation>已于 %2 归还给 %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The owner&apos;s recovery code</source>
        <translation>店主恢复码</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄下</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Customer file (客户档案基本资料表)</source>
        <translation>客户档案基本资料表</translation>
    </message>
    <message>
        <source>Follow-up call record (跟踪服务电话记录表)</source>
        <translation>跟踪服务电话记录表</translation>
    </message>
    <message>
        <source>Call register (跟踪服务电话登记表)</source>
        <translation>跟踪服务电话登记表</translation>
    </message>
    <message>
        <source>Letter register (跟踪服务信函登记表)</source>
        <translation>跟踪服务信函登记表</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>The car leaves unrepaired</source>
        <translation>未修出厂</translation>
    </message>
    <message>
        <source>The customer declined the estimate</source>
        <translation>客户不同意报价</translation>
    </message>
    <message>
        <source>The fault could not be found</source>
        <translation>故障未能查出</translation>
    </message>
    <message>
        <source>The customer will come back later</source>
        <translation>客户以后再来修</translation>
    </message>
    <message>
        <source>the shop&apos;s fee</source>
        <translation>按本店标准</translation>
    </message>
    <message>
        <source>Waive the fee (a manager&apos;s decision)</source>
        <translation>免收诊断费（需经理同意）</translation>
    </message>
    <message>
        <source>The work not done is declined; the fee is the one line to invoice. The exit slip prints afterwards.</source>
        <translation>没做的项目记为客户拒绝，只结算检测诊断费；保存后打印出厂通知单。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Diagnosis fee</source>
        <translation>检测诊断费</translation>
    </message>
    <message>
        <source>Let the car leave</source>
        <translation>放行出厂</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>年审</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>续保</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>以后到期</translation>
    </message>
    <message>
        <source>Lapsed (not back for a year)</source>
        <translation>流失（一年未回厂）</translation>
    </message>
    <message>
        <source>Customer party (联谊活动)</source>
        <translation>联谊活动</translation>
    </message>
    <message>
        <source>Free inspection week (免费检测周)</source>
        <translation>免费检测周</translation>
    </message>
    <message>
        <source>Service month offer (优惠服务月)</source>
        <translation>优惠服务月</translation>
    </message>
    <message>
        <source>Will come</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能来</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>已寄信</translation>
    </message>
    <message>
        <source>Reached, will think about it</source>
        <translation>已接通，再考虑</translation>
    </message>
    <message>
        <source>Will come (book it)</source>
        <translation>会来（预约）</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬走</translation>
    </message>
    <message>
        <source>Sold the car</source>
        <translation>车已卖</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Due list</source>
        <translation>提醒名单</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>关怀活动</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reception calendar</source>
        <translation>预约日历</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>午休（不约）</translation>
    </message>
    <message>
        <source>Booked slots in a row before one stays free</source>
        <translation>连续约满几格后留一格</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>保存日历设置</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>保养提醒</translation>
    </message>
    <message>
        <source>First service (km, months)</source>
        <translation>首保（公里、月）</translation>
    </message>
    <message>
        <source>Sooner for tags (tags, months)</source>
        <translation>提前提醒的标签（标签、月）</translation>
    </message>
    <message>
        <source>Call days before maintenance</source>
        <translation>保养到期前几天提醒</translation>
    </message>
    <message>
        <source>Call days before the inspection</source>
        <translation>年审到期前几天提醒</translation>
    </message>
    <message>
        <source>Call days before the insurance ends</source>
        <translation>保险到期前几天提醒</translation>
    </message>
    <message>
        <source>Maintenance message</source>
        <translation>保养提醒内容</translation>
    </message>
    <message>
        <source>Inspection message</source>
        <translation>年审提醒内容</translation>
    </message>
    <message>
        <source>Insurance message</source>
        <translation>续保提醒内容</translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation>保存提醒设置</translation>
    </message>
    <message>
        <source>Maintenance interval by make (the shop&apos;s own otherwise)</source>
        <translation>按品牌的保养间隔（其余按本店默认）</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Series (empty: all)</source>
        <translation>车系（空：全部）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reception calendar saved.</source>
        <translation>预约日历设置已保存。</translation>
    </message>
    <message>
        <source>Reminder settings saved; press “Recalculate due dates” on the due list.</source>
        <translation>提醒设置已保存；请在提醒名单上点“重新计算到期日”。</translation>
    </message>
</context>
<context>
    <name>ReorderDialog</name>
    <message>
        <source>Reorder review</source>
        <translation>订货审核</translation>
    </message>
    <message>
        <source>Only parts due for review (their period T has passed since the last order)</source>
        <translation>只看到期检查的配件（距上次订货已超过检查周期T）</translation>
    </message>
    <message>
        <source>%1 parts to order, about %2 at cost. Change a quantity in the Order column; 0 leaves the part out.</source>
        <translation>建议订购%1个配件，成本约%2。可在“订货”列修改数量；填0则不订。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>生成采购单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Draft purchase orders made: %1.
Send them from Purchasing.</source>
        <translation>已生成采购单草稿：%1。
请在“采购”页发出。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Plate or VIN</source>
        <translation>车牌或车架号</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>已做的检查</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>要问厂家的问题</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>New report…</source>
        <translation>新建报告…</translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation>录入答复…</translation>
    </message>
    <message>
        <source>Fault statistic, last 12 months (reports and claims)</source>
        <translation>故障统计（近12个月，技术报告和索赔单）</translation>
    </message>
    <message>
        <source>What did the manufacturer answer?</source>
        <translation>厂家怎么答复？</translation>
    </message>
    <message>
        <source>The answer, as the manufacturer wrote it:</source>
        <translation>厂家答复原文：</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>waiting for a van</source>
        <translation>待派车</translation>
    </message>
    <message>
        <source>on the way</source>
        <translation>赶赴现场</translation>
    </message>
    <message>
        <source>at the car</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>fixed on the spot</source>
        <translation>现场修复</translation>
    </message>
    <message>
        <source>towed to the shop</source>
        <translation>拖车回厂</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出车</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>保养中</translation>
    </message>
    <message>
        <source>service</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>年检</translation>
    </message>
</context>
<context>
    <name>RescuePage</name>
    <message>
        <source>Breakdown call</source>
        <translation>接警</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>结束 %1</translation>
    </message>
    <message>
        <source>Service van</source>
        <translation>救援车</translation>
    </message>
    <message>
        <source>Roadside rescue</source>
        <translation>紧急救援</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rescues and times</source>
        <translation>救援记录与时效</translation>
    </message>
    <message>
        <source>Vans and partner stations</source>
        <translation>救援车与合作站</translation>
    </message>
</context>
<context>
    <name>RescueStrip</name>
    <message>
        <source>Rescues under way: %1</source>
        <translation>救援进行中：%1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <source>What caused it</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>The comeback work order, if the car came back</source>
        <translation>车辆回厂返修时填返修工单号</translation>
    </message>
    <message>
        <source>Comeback order</source>
        <translation>返修工单</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Type or paste the path of a .sbk file, or choose it</source>
        <translation>输入或粘贴 .sbk 备份文件的路径，或点右侧选择</translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Choose a backup file (.sbk) to see what it holds.</source>
        <translation>选择一个备份文件（.sbk）查看其内容。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Restoring replaces ALL current data with the backup&apos;s. Close ServiceBay everywhere else first (other windows and PCs); a safety copy of the current data is kept.</source>
        <translation>恢复会用备份替换当前的全部数据。请先在其他窗口和其他电脑上关闭售后管家；当前数据会先保留一份安全副本。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>ServiceBay backups (*.sbk)</source>
        <translation>售后管家备份 (*.sbk)</translation>
    </message>
    <message>
        <source>Replace all current data with the backup of %1?</source>
        <translation>用 %1 的备份替换全部当前数据？</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Washer</source>
        <translation>洗车工</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>配件员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Service advisor (服务顾问)</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Reception supervisor (前台主管)</source>
        <translation>前台主管</translation>
    </message>
    <message>
        <source>Foreman (车间主管)</source>
        <translation>车间主管</translation>
    </message>
    <message>
        <source>Technician (技师)</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Inspector (质检员)</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Washer (洗车工)</source>
        <translation>洗车工</translation>
    </message>
    <message>
        <source>Parts clerk (配件员)</source>
        <translation>配件员</translation>
    </message>
    <message>
        <source>Cashier (收银员)</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Information clerk / customer service (信息员/客服)</source>
        <translation>信息员/客服</translation>
    </message>
    <message>
        <source>Warranty clerk (索赔专员)</source>
        <translation>索赔专员</translation>
    </message>
    <message>
        <source>Insurance clerk (保险内勤)</source>
        <translation>保险内勤</translation>
    </message>
    <message>
        <source>Service manager (服务经理)</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Administrator (管理员)</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Sanbao</name>
    <message>
        <source>{component}: repaired {count} times (limit {limit}).</source>
        <translation>{component}：已修理 {count} 次（上限 {limit} 次）。</translation>
    </message>
    <message>
        <source>{component}: repaired {count} times, {left} more reaches the 三包 limit.</source>
        <translation>{component}：已修理 {count} 次，再修 {left} 次即达到三包条件。</translation>
    </message>
    <message>
        <source>{days} days off the road (limit {limit}).</source>
        <translation>累计修理 {days} 天（上限 {limit} 天）。</translation>
    </message>
    <message>
        <source>{days} days off the road, the limit is {limit}.</source>
        <translation>累计修理 {days} 天，上限 {limit} 天。</translation>
    </message>
    <message>
        <source>A serious fault within {days} days or {km} km of the purchase.</source>
        <translation>购车后 {days} 天或 {km} 公里内出现严重故障。</translation>
    </message>
</context>
<context>
    <name>SanbaoTab</name>
    <message>
        <source>Cars within their 三包 period that reached or are near a threshold (the thresholds are in System → Settings). Tell the service manager before the next repair.</source>
        <translation>在三包有效期内、已达到或接近三包条件的车辆（条件在“系统 → 设置”中）。下次维修前请告知服务经理。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Complaint rate: %1 complaints / %2 delivered orders = %3</source>
        <translation>投诉率：%1 件投诉 / %2 张交车工单 = %3</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Kiosk PIN of %1</source>
        <translation>%1 的打卡PIN码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>PIN (empty: none)</source>
        <translation>PIN码（留空：不设）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>SellPlanDialog</name>
    <message>
        <source>from the day the factory warranty ends</source>
        <translation>自原厂保修期满之日起</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Sell and invoice</source>
        <translation>销售并开单</translation>
    </message>
    <message>
        <source>Find the customer, then choose the car and the plan.</source>
        <translation>请先找到客户，再选车辆和套餐。</translation>
    </message>
</context>
<context>
    <name>ServerSetupWizard</name>
    <message>
        <source>Set up the shop&apos;s server</source>
        <translation>设置店里的服务器</translation>
    </message>
    <message>
        <source>This PC could not keep the password in its credential store (%1); it still opens the file.</source>
        <translation>这台电脑无法把密码保存到凭据管理器（%1）；仍然打开本机文件。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Insurer, for insurance lines (an accident repair: its case&apos;s)</source>
        <translation>保险公司（保险项目用；事故车默认取案件的保险公司）</translation>
    </message>
    <message>
        <source>Manufacturer (default from the settings)</source>
        <translation>厂家（默认取设置）</translation>
    </message>
    <message>
        <source>Invoice discount (yuan)</source>
        <translation>整单折扣（元）</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>厂家</translation>
    </message>
    <message>
        <source>Invoices of this order</source>
        <translation>本工单的结算单</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>红字冲销…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>结算 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3</source>
        <translation>%1 · %2 · 未收 %3</translation>
    </message>
    <message>
        <source>%1 lines, %2 excl. VAT; %3 not yet invoiced</source>
        <translation>%1 行，不含税 %2；%3 行未开结算单</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>开具结算单</translation>
    </message>
    <message>
        <source>Additional work waits for the customer&apos;s answer.</source>
        <translation>增项仍在等待客户答复。</translation>
    </message>
    <message>
        <source>Issue the invoice to %1 (%2) for %3 lines, %4 excl. VAT%5?</source>
        <translation>向%1（%2）开具结算单：%3 行，不含税 %4%5？</translation>
    </message>
    <message>
        <source>, less a discount of %1</source>
        <translation>，减整单折扣 %1</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; a correction takes a credit note. Then take the payment and print the settlement sheet.</source>
        <translation>结算单开具后不能修改，更正需开红字结算单。开具后请收款并打印结算单。</translation>
    </message>
</context>
<context>
    <name>ShareTab</name>
    <message>
        <source>Accident work by insurer, last 12 months</source>
        <translation>近12个月各保险公司的事故维修</translation>
    </message>
    <message>
        <source>What the insurers owe, by days since the invoice</source>
        <translation>保险公司欠款（按开票后天数）</translation>
    </message>
    <message>
        <source>%1: %2 case(s), assessed %3 (%4)</source>
        <translation>%1：%2 个案件，定损 %3（%4）</translation>
    </message>
    <message>
        <source>No accident cases yet.</source>
        <translation>还没有事故案件。</translation>
    </message>
    <message>
        <source>%1: %2 (0–30 days %3, 31–60 %4, 61–90 %5, over 90 %6)</source>
        <translation>%1：%2（0–30天 %3，31–60天 %4，61–90天 %5，90天以上 %6）</translation>
    </message>
    <message>
        <source>Nothing owed.</source>
        <translation>没有欠款。</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SheetWidget</name>
    <message>
        <source>photo no.</source>
        <translation>照片编号</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Enter the reading first.</source>
        <translation>请先输入读数。</translation>
    </message>
    <message>
        <source>All other points OK</source>
        <translation>其余项目正常</translation>
    </message>
    <message>
        <source>Finish the sheet</source>
        <translation>完成检查表</translation>
    </message>
    <message>
        <source>OK %1 · attention %2 · urgent %3 · %4 to answer</source>
        <translation>正常 %1 · 需关注 %2 · 紧急 %3 · 还有 %4 项未填</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Sign in again, or as someone else to switch.</source>
        <translation>长时间未操作，屏幕已锁定。请重新登录，或用别人的账号登录以切换用户。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The owner forgot the password…</source>
        <translation>店主忘记密码…</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>已估价</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Left unrepaired</source>
        <translation>未修出厂</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StockTakePage</name>
    <message>
        <source>Bins starting with… (empty: all)</source>
        <translation>库位开头…（空：全部）</translation>
    </message>
    <message>
        <source>Only parts due (A monthly, B quarterly, C yearly)</source>
        <translation>只盘到期的配件（A每月，B每季，C每年）</translation>
    </message>
    <message>
        <source>New count sheet</source>
        <translation>新建盘点单</translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation>导出盘点表…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>打印盘点表…</translation>
    </message>
    <message>
        <source>Post differences…</source>
        <translation>过账差异…</translation>
    </message>
    <message>
        <source>Discard sheet</source>
        <translation>作废盘点单</translation>
    </message>
    <message>
        <source>Open sheets</source>
        <translation>进行中的盘点单</translation>
    </message>
    <message>
        <source>No count sheet is open. Make one for some bins, or for the parts due.</source>
        <translation>没有进行中的盘点单。可按库位新建，或只盘到期的配件。</translation>
    </message>
    <message>
        <source>%1: %2 parts. Type the counts in the Counted column: each is saved as it is typed, with its time, so the counter need not stop.</source>
        <translation>%1：%2个配件。在“实盘”列填写数量：每个数字输入后立即保存并记录时间，配件柜台无需停业。</translation>
    </message>
    <message>
        <source>Count sheet %1 made with %2 parts.</source>
        <translation>已生成盘点单%1，共%2个配件。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 parts).</source>
        <translation>已保存%1（%2个配件）。</translation>
    </message>
    <message>
        <source>Post differences</source>
        <translation>过账差异</translation>
    </message>
    <message>
        <source>%1 of %2 parts counted; %3 pieces short and %4 over against the book when the sheet was made (what moved since is taken into account). Uncounted parts are left as they are.

Reason:</source>
        <translation>%2个配件中已盘%1个；与建单时账面相比盘亏%3件、盘盈%4件（之后的出入库会计入）。未盘的配件保持不变。

原因：</translation>
    </message>
    <message>
        <source>%1 posted: %2 adjustments.</source>
        <translation>%1已过账：%2笔调整。</translation>
    </message>
    <message>
        <source>Discard %1 and its counts? Nothing is posted.</source>
        <translation>作废%1及其盘点数量？不会过账任何调整。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This database was written by a newer version of ServiceBay (schema {rev}). Install that version to open it. The file was not changed.</source>
        <translation>此数据库由更新版本的售后管家写入（数据版本 {rev}）。请安装该版本后再打开。文件未做任何更改。</translation>
    </message>
    <message>
        <source>This file is not a ServiceBay database, or it is damaged. It was not changed. Restore the last backup, or choose another database.</source>
        <translation>此文件不是售后管家的数据库，或已损坏。文件未做任何更改。请恢复最近的备份，或选择其他数据库。</translation>
    </message>
    <message>
        <source>There is no shop at {path}. Check --db (or the database setting); nothing was created.</source>
        <translation>{path} 处没有门店数据。请检查 --db（或数据库设置）；未创建任何内容。</translation>
    </message>
    <message>
        <source>The shop&apos;s file {path} is on a network drive ({how}). Two PCs sharing one file through a network drive damage it: move the file to this PC&apos;s own disk, or set up the several-workstations mode (a shop server).</source>
        <translation>门店数据文件 {path} 位于网络驱动器上（{how}）。两台电脑通过网络驱动器共用一个文件会损坏数据：请把文件移到本机硬盘，或设置多工位模式（门店服务器）。</translation>
    </message>
    <message>
        <source>The shop&apos;s folder cannot be written ({path}: {reason}). Make it writable, or move the data to a folder this user may write.</source>
        <translation>门店数据文件夹无法写入（{path}：{reason}）。请让它可写，或把数据移到当前用户可写的文件夹。</translation>
    </message>
    <message>
        <source>The shop {path} is in use by another program (or a restore is running). Try again in a moment.</source>
        <translation>门店数据 {path} 正被其他程序占用（或正在恢复备份）。请稍后再试。</translation>
    </message>
    <message>
        <source>The shop is already on a server. To move it to another server, move it back to a file first.</source>
        <translation>本店数据已在服务器上。要换到另一台服务器，请先搬回文件。</translation>
    </message>
    <message>
        <source>The shop is already in a file on this PC; there is nothing to move.</source>
        <translation>本店数据已是本机文件，无需搬迁。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name: an existing file is never written over.</source>
        <translation>{path} 已存在。请换一个新文件名：已有的文件绝不会被覆盖。</translation>
    </message>
    <message>
        <source>The database at {where} already holds a shop&apos;s data; nothing was copied. Set up an empty database for the move, or connect to this one instead.</source>
        <translation>{where} 上的数据库已有门店数据；未复制任何内容。请为搬迁准备一个空数据库，或直接连接这个数据库。</translation>
    </message>
    <message>
        <source>The shop is open on {who}. Close ServiceBay there first; nothing was moved.</source>
        <translation>{who} 上正打开本店数据。请先关闭那里的售后管家；未搬迁任何内容。</translation>
    </message>
    <message>
        <source>The move stopped half-way and was undone: {reason} The shop stays where it was ({where}); nothing there was changed.</source>
        <translation>搬迁中途停止并已撤销：{reason} 本店数据仍在原处（{where}），未做任何改动。</translation>
    </message>
    <message>
        <source>The copy does not match the shop&apos;s data ({tables}); the shop stays where it was.</source>
        <translation>副本与本店数据不一致（{tables}）；本店数据仍在原处。</translation>
    </message>
    <message>
        <source>A restore or another move is running; try again when it is done.</source>
        <translation>正在进行恢复或另一次搬迁；完成后再试。</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address, as shown on the PC that holds the data (for example 192.168.1.10).</source>
        <translation>请输入服务器的名称或地址，即存放数据的电脑上显示的（例如 192.168.1.10）。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（通常为 5432）。</translation>
    </message>
    <message>
        <source>Use small Latin letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>请使用小写英文字母、数字和 _（最多 63 个），以字母开头。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Give this PC a name of 1 to 40 characters without #, such as 前台1 or 车间.</source>
        <translation>请给这台电脑起一个 1 到 40 个字符、不含 # 的名称，例如 前台1 或 车间。</translation>
    </message>
    <message>
        <source>The server refused the login: the name or the password is wrong.</source>
        <translation>服务器拒绝登录：登录名或密码错误。</translation>
    </message>
    <message>
        <source>The server at {where} has no shop database of that name. Set it up first on the PC that holds the data.</source>
        <translation>{where} 上没有这个名称的门店数据库。请先在存放数据的电脑上设置。</translation>
    </message>
    <message>
        <source>The server at {where} does not accept this PC. On the server, allow the shop&apos;s network in pg_hba.conf (see the README), then try again.</source>
        <translation>{where} 上的服务器不接受这台电脑。请在服务器的 pg_hba.conf 中允许店里的网络（见说明文件），然后再试。</translation>
    </message>
    <message>
        <source>This login may not create databases. Use the server&apos;s administrator (postgres) for the setup.</source>
        <translation>这个登录名无权创建数据库。请用服务器的管理员（postgres）进行设置。</translation>
    </message>
    <message>
        <source>No database server answers at {where}. Check that the PC that holds the data is on and its PostgreSQL service is running, and that the address and port are right.</source>
        <translation>{where} 没有数据库服务器应答。请检查存放数据的电脑已开机、PostgreSQL 服务在运行，并且地址和端口正确。</translation>
    </message>
    <message>
        <source>The server at {where} could not be used: {detail}</source>
        <translation>无法使用 {where} 上的服务器：{detail}</translation>
    </message>
    <message>
        <source>The server is PostgreSQL {version}; ServiceBay needs version 12 or newer.</source>
        <translation>服务器是 PostgreSQL {version}；售后管家需要 12 或更新的版本。</translation>
    </message>
    <message>
        <source>Install PostgreSQL with the official Windows installer (postgresql.org → Download → Windows). Keep the port 5432, write down the password it asks for the postgres administrator, and let it install the service. Then allow the other PCs: in pgAdmin or in pg_hba.conf add the shop&apos;s network (for example 192.168.1.0/24) with scram-sha-256, set listen_addresses = &apos;*&apos;, restart the service, and allow port 5432 in the Windows firewall for the private network.</source>
        <translation>用官方的 Windows 安装程序安装 PostgreSQL（postgresql.org → Download → Windows）。保留端口 5432，记下安装时为 postgres 管理员设置的密码，并让它安装为服务。然后允许其他电脑连接：在 pgAdmin 或 pg_hba.conf 中添加店里的网络（例如 192.168.1.0/24），方式为 scram-sha-256；设置 listen_addresses = &apos;*&apos;，重启服务，并在 Windows 防火墙中为专用网络放行端口 5432。</translation>
    </message>
    <message>
        <source>Install the server with the package manager: sudo apt install postgresql. Set a password for the administrator (sudo -u postgres psql -c &quot;\password postgres&quot;). To allow the other PCs, set listen_addresses = &apos;*&apos; in postgresql.conf, add the shop&apos;s network (for example 192.168.1.0/24) with scram-sha-256 in pg_hba.conf, and restart it (sudo systemctl restart postgresql).</source>
        <translation>用软件包管理器安装服务器：sudo apt install postgresql。为管理员设置密码（sudo -u postgres psql -c &quot;\password postgres&quot;）。要允许其他电脑连接，在 postgresql.conf 中设置 listen_addresses = &apos;*&apos;，在 pg_hba.conf 中添加店里的网络（例如 192.168.1.0/24），方式为 scram-sha-256，然后重启（sudo systemctl restart postgresql）。</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Setup wizard…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <source>Language, the shop&apos;s details, labour rate and VAT. The data is not touched.</source>
        <translation>语言、门店信息、工时单价和税率。不会改动数据。</translation>
    </message>
    <message>
        <source>The new language applies when ServiceBay starts again.</source>
        <translation>新语言将在重新启动售后管家后生效。</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Targets of</source>
        <translation>目标对象</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Fixed costs (¥)</source>
        <translation>固定费用（元）</translation>
    </message>
    <message>
        <source>The dealership&apos;s fixed costs per month (rent, salaries, depreciation …): what service absorption measures the after-sales gross profit against.</source>
        <translation>本店每月固定费用（房租、工资、折旧……）：服务吸收率用售后毛利除以它。</translation>
    </message>
    <message>
        <source>Type a target into its cell. Bold: set by hand; grey: the year&apos;s target split over the months (and the people). Empty a cell to go back to the split.</source>
        <translation>直接在单元格里输入目标。粗体：手工设定；灰色：按全年目标分解到月（和人）。清空单元格即恢复默认分解。</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Fixed costs %1</source>
        <translation>%1 固定费用</translation>
    </message>
</context>
<context>
    <name>TechReports</name>
    <message>
        <source>Approved as warranty</source>
        <translation>同意按保修</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Instructions given</source>
        <translation>已给出处理意见</translation>
    </message>
    <message>
        <source>Describe the fault.</source>
        <translation>请描述故障。</translation>
    </message>
    <message>
        <source>What do you ask the manufacturer?</source>
        <translation>要问厂家什么？</translation>
    </message>
    <message>
        <source>A fault code has at most 20 characters.</source>
        <translation>故障代码最多20个字符。</translation>
    </message>
    <message>
        <source>What did the manufacturer answer?</source>
        <translation>厂家怎么答复？</translation>
    </message>
    <message>
        <source>Write down the manufacturer&apos;s answer.</source>
        <translation>请记下厂家的答复。</translation>
    </message>
    <message>
        <source>{number} has its answer already.</source>
        <translation>{number} 已经有答复了。</translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation>待厂家答复</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plan a course…</source>
        <translation>安排培训…</translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation>登记结果…</translation>
    </message>
    <message>
        <source>Training plan: %1 of %2 courses due passed (%3)</source>
        <translation>培训计划：应完成 %2 门，已通过 %1 门（%3）</translation>
    </message>
    <message>
        <source>Choose the course first.</source>
        <translation>请先选择课程。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记结果</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer vehicle to another customer</source>
        <translation>车辆过户给其他客户</translation>
    </message>
    <message>
        <source>%1 now belongs to %2. Find the new owner:</source>
        <translation>%1 目前属于 %2。请查找新车主：</translation>
    </message>
    <message>
        <source>Note, e.g. sold privately on 2026-11-01</source>
        <translation>备注，例如 2026-11-01 私下转让</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>过户</translation>
    </message>
</context>
<context>
    <name>TvBoard</name>
    <message>
        <source>Workshop board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预计交车</translation>
    </message>
    <message>
        <source>%1 cars in the workshop · %2 waiting for parts · %3 technicians free</source>
        <translation>在厂 %1 台 · 待料 %2 台 · 空闲技师 %3 位</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 台超时</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>e.g. lina (empty: kiosk only)</source>
        <translation>例如 lina（留空：只用车间打卡）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password (changed at the first sign-in)</source>
        <translation>初始密码（首次登录时修改）</translation>
    </message>
    <message>
        <source>Kiosk PIN (4-6 digits)</source>
        <translation>打卡PIN码（4-6位数字）</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>password</source>
        <translation>有密码</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>不能登录</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须改密码</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users and permissions</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新用户…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>新密码…</translation>
    </message>
    <message>
        <source>Kiosk PIN…</source>
        <translation>打卡PIN码…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>What each role may do…</source>
        <translation>各角色的权限…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a name.</source>
        <translation>“{name}”不是姓名。</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>姓名最多 {max} 个字。</translation>
    </message>
    <message>
        <source>A tag has at most {max} characters.</source>
        <translation>标签最多 {max} 个字。</translation>
    </message>
    <message>
        <source>An address has at most {max} characters.</source>
        <translation>地址最多 {max} 个字。</translation>
    </message>
    <message>
        <source>A taxpayer ID (unified social credit code) has 18 letters and digits.</source>
        <translation>税号（统一社会信用代码）由 18 位字母和数字组成。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>Say why this plate is accepted (e.g. foreign, temporary).</source>
        <translation>请说明接受此车牌的原因（例如：境外车牌、临时牌照）。</translation>
    </message>
    <message>
        <source>Say why this VIN is accepted (e.g. imported car, papers checked).</source>
        <translation>请说明接受此车架号的原因（例如：进口车，已核对证件）。</translation>
    </message>
    <message>
        <source>A VIN has at most 17 characters.</source>
        <translation>车架号最多 17 位。</translation>
    </message>
    <message>
        <source>Enter the plate or the VIN (or both).</source>
        <translation>请输入车牌或车架号（或两者）。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>此日期晚于今天。</translation>
    </message>
    <message>
        <source>A date before {year} cannot be right here.</source>
        <translation>早于 {year} 年的日期在这里不可能正确。</translation>
    </message>
    <message>
        <source>The warranty cannot start before the purchase.</source>
        <translation>保修开始日期不能早于购车日期。</translation>
    </message>
    <message>
        <source>This customer was merged into another file.</source>
        <translation>此客户已合并到其他档案。</translation>
    </message>
    <message>
        <source>{name} is archived; restore the customer before adding a vehicle.</source>
        <translation>{name} 已归档；请先恢复客户再添加车辆。</translation>
    </message>
    <message>
        <source>Enter the odometer reading in km.</source>
        <translation>请输入里程（公里）。</translation>
    </message>
    <message>
        <source>The vehicle already belongs to {name}.</source>
        <translation>该车已属于 {name}。</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>{name} 已归档。</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两位不同的客户。</translation>
    </message>
    <message>
        <source>{name} was already merged.</source>
        <translation>{name} 已被合并。</translation>
    </message>
    <message>
        <source>A merged customer cannot be restored.</source>
        <translation>已合并的客户不能恢复。</translation>
    </message>
    <message>
        <source>{name} has vehicles or history and cannot be deleted; archive the file instead.</source>
        <translation>{name} 有车辆或历史记录，不能删除；请改为归档。</translation>
    </message>
    <message>
        <source>This vehicle has history and cannot be deleted; archive it instead.</source>
        <translation>该车有历史记录，不能删除；请改为归档。</translation>
    </message>
    <message>
        <source>Say why the reading is below the last one.</source>
        <translation>请说明里程低于上次记录的原因。</translation>
    </message>
    <message>
        <source>This database already holds {count} customers; the demo shop goes into an empty database only.</source>
        <translation>此数据库已有 {count} 位客户；演示门店只能创建在空数据库中。</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist (any more).</source>
        <translation>{what} {ident} 不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation>在您打开之后，其他人修改了这条记录。没有覆盖任何内容：请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Plate {value} is already on file (customer {customer}).</source>
        <translation>车牌 {value} 已在档案中（客户 {customer}）。</translation>
    </message>
    <message>
        <source>VIN {value} is already on file (customer {customer}).</source>
        <translation>车架号 {value} 已在档案中（客户 {customer}）。</translation>
    </message>
    <message>
        <source>{count} customer(s) on file have the same phone number.</source>
        <translation>档案中有 {count} 位客户使用相同的电话号码。</translation>
    </message>
    <message>
        <source>{km} km is less than the last reading, {last} km. Record it only if the odometer was replaced or the last reading was wrong, and give the reason.</source>
        <translation>{km} 公里低于上次记录的 {last} 公里。只有在更换了仪表或上次记录有误时才可录入，并请说明原因。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a phone number.</source>
        <translation>“{text}”不是电话号码。</translation>
    </message>
    <message>
        <source>No carrier uses the prefix {prefix}: a mobile number starts 13 to 19 (&quot;{text}&quot;).</source>
        <translation>没有运营商使用 {prefix} 开头的号码：手机号以 13 至 19 开头（“{text}”）。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits starting 13-19; &quot;{text}&quot; has {count}.</source>
        <translation>手机号为 13-19 开头的 11 位数字；“{text}”只有 {count} 位。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a mobile number (11 digits) nor a landline (area code and 7-8 digits).</source>
        <translation>“{text}”既不是手机号（11 位），也不是固定电话（区号加 7-8 位）。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>A plate starts with a province character such as 京, 沪 or 粤 (&quot;{plate}&quot;). For a foreign or temporary plate tick the override.</source>
        <translation>车牌以省份简称开头，如 京、沪、粤（“{plate}”）。境外或临时牌照请勾选例外。</translation>
    </message>
    <message>
        <source>Plates never use the letters I or O (&quot;{plate}&quot;); check for 1 and 0.</source>
        <translation>车牌不使用字母 I 和 O（“{plate}”）；请检查是否应为 1 和 0。</translation>
    </message>
    <message>
        <source>&quot;{plate}&quot; is not a valid plate: province, a letter, then 5 characters (6 for new-energy cars), e.g. 京A12345 or 粤BD12345.</source>
        <translation>“{plate}”不是有效车牌：省份简称、一个字母，再加 5 位（新能源车 6 位），例如 京A12345 或 粤BD12345。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {length}.</source>
        <translation>车架号为 17 位；这个有 {length} 位。</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q (found {bad}); check for 1 and 0.</source>
        <translation>车架号不含字母 I、O、Q（发现 {bad}）；请检查是否应为 1 和 0。</translation>
    </message>
    <message>
        <source>A VIN holds only digits and letters (found {bad}).</source>
        <translation>车架号只能包含数字和字母（发现 {bad}）。</translation>
    </message>
    <message>
        <source>The check digit (9th character) should be {expected}, not {actual}: a character was probably mistyped.</source>
        <translation>校验位（第 9 位）应为 {expected}，而不是 {actual}：可能有字符输错了。</translation>
    </message>
    <message>
        <source>Type the date as 2024-05-31.</source>
        <translation>日期请写成 2024-05-31。</translation>
    </message>
    <message>
        <source>The database is busy: another workstation has been saving for too long. Nothing was saved; try again in a moment.</source>
        <translation>数据库正忙：另一台电脑保存时间过长。本次未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only). Nothing was saved; ask whoever set up this PC to make the data folder writable.</source>
        <translation>数据库无法写入（文件或所在文件夹为只读）。本次未保存任何内容；请联系安装这台电脑的人员，将数据文件夹设为可写。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。本次未保存任何内容；请清理空间后再试。</translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written (was a drive removed?). Nothing was saved.</source>
        <translation>无法读写存放数据库的磁盘（是否拔出了驱动器？）。本次未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; stop working and restore the last backup.</source>
        <translation>数据库文件已损坏。本次未保存任何内容；请停止操作并恢复最近的备份。</translation>
    </message>
    <message>
        <source>The shop&apos;s data was replaced (a backup was restored) by another program after this one opened it. Nothing was saved; close ServiceBay and start it again.</source>
        <translation>本程序打开门店后，门店数据已被另一个程序替换（恢复了备份）。未保存任何内容；请关闭售后管家后重新启动。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved; check the network and the server PC.</source>
        <translation>无法连接数据库服务器。本次未保存任何内容；请检查网络和服务器电脑。</translation>
    </message>
    <message>
        <source>Work starts only after the customer has signed the estimate.</source>
        <translation>客户在估价单上签字后才能开工。</translation>
    </message>
    <message>
        <source>Only work in progress goes to the quality check.</source>
        <translation>只有维修中的工单才能送质检。</translation>
    </message>
    <message>
        <source>A car is ready only after it passed the quality check.</source>
        <translation>车辆通过质检后才能待交车。</translation>
    </message>
    <message>
        <source>A car goes to the wash after it passed the quality check.</source>
        <translation>车辆质检通过后才能去洗车。</translation>
    </message>
    <message>
        <source>A car that passed the quality check was repaired: deliver it.</source>
        <translation>已通过质检的车已经修好了：请交车。</translation>
    </message>
    <message>
        <source>A car is delivered only after the quality check passed and it is ready.</source>
        <translation>车辆通过质检并待交车后才能交车。</translation>
    </message>
    <message>
        <source>The customer signs an estimate: estimate the order first.</source>
        <translation>客户签的是估价单：请先估价。</translation>
    </message>
    <message>
        <source>The car goes to the wash first.</source>
        <translation>车辆要先洗车。</translation>
    </message>
    <message>
        <source>The shop has switched the wash step off.</source>
        <translation>本店已关闭洗车步骤。</translation>
    </message>
    <message>
        <source>This order is closed ({state}); it cannot change any more.</source>
        <translation>此工单已关闭（{state}），不能再修改。</translation>
    </message>
    <message>
        <source>A work order cannot go from {current} to {target}.</source>
        <translation>工单不能从“{current}”变为“{target}”。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>At most {high}.</source>
        <translation>最多 {high}。</translation>
    </message>
    <message>
        <source>At least {low}.</source>
        <translation>至少 {low}。</translation>
    </message>
    <message>
        <source>Must be more than {low}.</source>
        <translation>必须大于 {low}。</translation>
    </message>
    <message>
        <source>Enter a quantity of 0 or more.</source>
        <translation>请输入大于等于0的数量。</translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation>没有需要订购的。</translation>
    </message>
    <message>
        <source>Choose a supplier first for: {parts}.</source>
        <translation>请先为以下配件选择供应商：{parts}。</translation>
    </message>
    <message>
        <source>Only a draft order is sent.</source>
        <translation>只有草稿状态的采购单才能发出。</translation>
    </message>
    <message>
        <source>Only a sent order is received.</source>
        <translation>只有已发出的采购单才能收货。</translation>
    </message>
    <message>
        <source>{part}: at most {count} more can be received.</source>
        <translation>{part}：最多还能入库{count}。</translation>
    </message>
    <message>
        <source>{part}: enter the unit cost on the delivery note.</source>
        <translation>{part}：请输入送货单上的单价。</translation>
    </message>
    <message>
        <source>Enter the quantities delivered.</source>
        <translation>请输入到货数量。</translation>
    </message>
    <message>
        <source>This order is closed already.</source>
        <translation>此采购单已关闭。</translation>
    </message>
    <message>
        <source>Only {count} of {part} in stock.</source>
        <translation>{part} 库存只有 {count}。</translation>
    </message>
    <message>
        <source>Enter whole days from {low} to {high}, or leave it empty for the default.</source>
        <translation>请输入{low}到{high}的整数天，或留空使用默认值。</translation>
    </message>
    <message>
        <source>Enter a service level from 50 % to 99.9 %, or leave it empty for the class&apos;s.</source>
        <translation>请输入50 %到99.9 %之间的服务水平，或留空按类别默认。</translation>
    </message>
    <message>
        <source>Enter the part number.</source>
        <translation>请输入配件号。</translation>
    </message>
    <message>
        <source>Part number {number} is already in the catalogue.</source>
        <translation>配件号 {number} 已在目录中。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>请选择供应商。</translation>
    </message>
    <message>
        <source>Say why the stock is adjusted.</source>
        <translation>请说明调整库存的原因。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请说明原因。</translation>
    </message>
    <message>
        <source>Choose A, B or C.</source>
        <translation>请选择 A、B 或 C。</translation>
    </message>
    <message>
        <source>Say why this part keeps its class (e.g. safety-critical, the manufacturer&apos;s list).</source>
        <translation>请说明为什么固定这个配件的分类（例如：安全件、厂家清单）。</translation>
    </message>
    <message>
        <source>Describe the work or the part.</source>
        <translation>请填写项目或配件名称。</translation>
    </message>
    <message>
        <source>Choose who pays for this line.</source>
        <translation>请选择此项目的付款方。</translation>
    </message>
    <message>
        <source>A plan pays only for its own services: put them on the order with “Use plan”.</source>
        <translation>套餐只支付套餐内的保养：请在工单的“套餐”页签点“使用一次本套餐”。</translation>
    </message>
    <message>
        <source>Choose the VAT rate.</source>
        <translation>请选择税率。</translation>
    </message>
    <message>
        <source>Which component of the warranty is it claimed under?</source>
        <translation>这项按哪个保修部件索赔？</translation>
    </message>
    <message>
        <source>The promised time is in the past.</source>
        <translation>承诺交车时间已经过去。</translation>
    </message>
    <message>
        <source>Fuel is between empty and full.</source>
        <translation>油量应在空与满之间。</translation>
    </message>
    <message>
        <source>Write down the customer&apos;s concern in their words.</source>
        <translation>请用客户自己的话记录故障描述。</translation>
    </message>
    <message>
        <source>This vehicle or its owner is archived; restore it before opening an order.</source>
        <translation>该车辆或车主已归档；请先恢复再开工单。</translation>
    </message>
    <message>
        <source>Choose the package.</source>
        <translation>请选择保养套餐。</translation>
    </message>
    <message>
        <source>Authorized lines cannot change; add the change as additional work.</source>
        <translation>已签字的项目不能修改；请作为追加项目添加。</translation>
    </message>
    <message>
        <source>Authorized lines cannot be removed; the customer signed for them.</source>
        <translation>已签字的项目不能删除；客户已签字确认。</translation>
    </message>
    <message>
        <source>Who gave the answer?</source>
        <translation>是谁答复的？</translation>
    </message>
    <message>
        <source>How was the answer given?</source>
        <translation>以什么方式答复的？</translation>
    </message>
    <message>
        <source>This line is not waiting for approval.</source>
        <translation>此项目不在等待客户确认。</translation>
    </message>
    <message>
        <source>Use “Leave unrepaired…” or “Washed…” for this step.</source>
        <translation>这一步请用“未修出厂…”或“已洗车…”。</translation>
    </message>
    <message>
        <source>Add the work to do before estimating.</source>
        <translation>请先添加维修项目再估价。</translation>
    </message>
    <message>
        <source>Who signed the work order?</source>
        <translation>是谁在工单上签字的？</translation>
    </message>
    <message>
        <source>Dispatch the car to a technician before work starts.</source>
        <translation>开工前请先派工给技师。</translation>
    </message>
    <message>
        <source>Say what failed the quality check.</source>
        <translation>请说明质检未通过的原因。</translation>
    </message>
    <message>
        <source>Who checked the car?</source>
        <translation>由谁质检？</translation>
    </message>
    <message>
        <source>Additional work is still waiting for the customer&apos;s answer.</source>
        <translation>追加项目仍在等待客户确认。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消工单的原因。</translation>
    </message>
    <message>
        <source>Only authorized orders in the shop are dispatched.</source>
        <translation>只有已签字、在厂内的工单才能派工。</translation>
    </message>
    <message>
        <source>Parts are issued only to authorized orders in the shop.</source>
        <translation>只能向已签字、在厂内的工单发料。</translation>
    </message>
    <message>
        <source>Only approved part lines are issued.</source>
        <translation>只能发放已确认的配件项目。</translation>
    </message>
    <message>
        <source>Only {count} were issued and not yet returned.</source>
        <translation>只发出了 {count} 件尚未退回。</translation>
    </message>
    <message>
        <source>The order needs {count} more at most.</source>
        <translation>此工单最多还需要 {count} 件。</translation>
    </message>
    <message>
        <source>A comeback links to a delivered order of the same car.</source>
        <translation>返修只能关联同一辆车已交车的工单。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>Line {line}: write the name, then the role ({roles}).</source>
        <translation>第 {line} 行：请先写姓名，再写岗位（{roles}）。</translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation>请输入代码。</translation>
    </message>
    <message>
        <source>Standard hours between 0.01 and 200.</source>
        <translation>标准工时应在 0.01 到 200 之间。</translation>
    </message>
    <message>
        <source>A rate in yuan, or empty for the shop&apos;s rate.</source>
        <translation>请输入工时单价（元），留空则使用本店单价。</translation>
    </message>
    <message>
        <source>A package with this code exists already.</source>
        <translation>已有相同代码的套餐。</translation>
    </message>
    <message>
        <source>The order has no lines to make a package of.</source>
        <translation>此工单没有可以做成套餐的项目。</translation>
    </message>
    <message>
        <source>No part is due for counting there.</source>
        <translation>该范围内没有需要盘点的配件。</translation>
    </message>
    <message>
        <source>Nothing has been counted on this sheet.</source>
        <translation>这张盘点单还没有任何盘点数量。</translation>
    </message>
    <message>
        <source>This count sheet is posted or cancelled.</source>
        <translation>这张盘点单已过账或已作废。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan greater than 0, to the fen (e.g. 120.50).</source>
        <translation>请输入大于0的金额（元，精确到分，如 120.50）。</translation>
    </message>
    <message>
        <source>Internal lines are not invoiced.</source>
        <translation>内部项目不开结算单。</translation>
    </message>
    <message>
        <source>Invoices are issued when the car is ready, delivered or left unrepaired.</source>
        <translation>车辆待交车、已交车或未修出厂时才能开结算单。</translation>
    </message>
    <message>
        <source>Additional work waits for the customer&apos;s answer; record it before invoicing.</source>
        <translation>增项仍在等待客户答复，请先登记答复再结算。</translation>
    </message>
    <message>
        <source>Nothing left to invoice to this payer.</source>
        <translation>该付款方没有需要结算的项目了。</translation>
    </message>
    <message>
        <source>Add at least one part.</source>
        <translation>请至少添加一个配件。</translation>
    </message>
    <message>
        <source>Part {number} is not in the catalogue.</source>
        <translation>配件 {number} 不在配件目录中。</translation>
    </message>
    <message>
        <source>Give the reason for the credit.</source>
        <translation>请填写冲红原因。</translation>
    </message>
    <message>
        <source>A credit note is not credited again.</source>
        <translation>红字单不能再冲红。</translation>
    </message>
    <message>
        <source>{item}: at most {count} can still be credited.</source>
        <translation>{item}：最多还能冲红 {count}。</translation>
    </message>
    <message>
        <source>Nothing left to credit on this invoice.</source>
        <translation>这张结算单已没有可冲红的内容。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请输入收款金额。</translation>
    </message>
    <message>
        <source>Payments are taken against invoices.</source>
        <translation>收款只能针对结算单。</translation>
    </message>
    <message>
        <source>Choose how it is paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <source>Enter the transfer&apos;s reference number.</source>
        <translation>请输入转账的参考号。</translation>
    </message>
    <message>
        <source>Enter the card&apos;s number or the coupon&apos;s code.</source>
        <translation>请输入卡号或券码。</translation>
    </message>
    <message>
        <source>That is {over} more than the balance of {balance}.</source>
        <translation>比未收金额 {balance} 多了 {over}。</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>已没有未收金额。</translation>
    </message>
    <message>
        <source>At most {count} is to be paid back on this invoice.</source>
        <translation>这张结算单最多应退 {count}。</translation>
    </message>
    <message>
        <source>Choose 普票 or 专票.</source>
        <translation>请选择普票或专票。</translation>
    </message>
    <message>
        <source>A fapiao number has 8 to 20 digits (20 for a fully digital e-invoice).</source>
        <translation>发票号码为8到20位数字（全电发票为20位）。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This fapiao number is already recorded on {number}.</source>
        <translation>该发票号码已登记在 {number} 上。</translation>
    </message>
    <message>
        <source>The fapiao cannot be older than the invoice.</source>
        <translation>发票日期不能早于结算单。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the last invoice ({last}). Set the date and time right, then issue it again.</source>
        <translation>本机时钟早于上一张结算单的时间（{last}）。请先校正日期和时间，再重新开具。</translation>
    </message>
    <message>
        <source>The count differs by {diff} from the expected {expected}; say why.</source>
        <translation>点钞与应有金额 {expected} 相差 {diff}，请说明原因。</translation>
    </message>
    <message>
        <source>an invoice before it is missing</source>
        <translation>它之前缺少一张单据</translation>
    </message>
    <message>
        <source>it does not follow the invoice before it</source>
        <translation>它与前一张单据接不上</translation>
    </message>
    <message>
        <source>its content was changed after it was issued</source>
        <translation>开具后内容被改动</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation>请输入保险公司名称。</translation>
    </message>
    <message>
        <source>The invoice chain is broken; run the ledger check.</source>
        <translation>结算单账链断开，请运行账链校验。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
    <message>
        <source>Choose a label sheet, or describe one that fits its page (custom:210x297:3x8:70x37:0,0.5:0,0).</source>
        <translation>请选择标签纸，或写出一种能放进纸张的规格（custom:210x297:3x8:70x37:0,0.5:0,0）。</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>请选择PNG或JPEG图片。</translation>
    </message>
    <message>
        <source>The logo is larger than {size} KB; choose a smaller image.</source>
        <translation>标志图片超过 {size} KB，请选择更小的图片。</translation>
    </message>
    <message>
        <source>You may not {what}: a manager must approve it with their password.</source>
        <translation>您无权{what}：需经理输入其密码审批。</translation>
    </message>
    <message>
        <source>You may not {what}. Ask someone whose role allows it.</source>
        <translation>您无权{what}。请找有此权限的同事办理。</translation>
    </message>
    <message>
        <source>Sign-in failed: the login or the password is not right.</source>
        <translation>登录失败：登录名或密码不正确。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} seconds.</source>
        <translation>登录失败次数过多：请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>That is your kiosk PIN. Here, type your password.</source>
        <translation>这是您的车间打卡PIN码。此处请输入密码。</translation>
    </message>
    <message>
        <source>A password has at least {count} characters.</source>
        <translation>密码至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>A password has at most {count} characters.</source>
        <translation>密码最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>This password is among the first any guesser tries; choose another.</source>
        <translation>这个密码是别人最先会猜的，请换一个。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN码为4到6位数字。</translation>
    </message>
    <message>
        <source>A PIN like this is guessed first; choose another.</source>
        <translation>这样的PIN码最容易被猜到，请换一个。</translation>
    </message>
    <message>
        <source>The shop already has its owner.</source>
        <translation>本店已有店主账号。</translation>
    </message>
    <message>
        <source>This is not the shop&apos;s recovery code.</source>
        <translation>这不是本店的恢复码。</translation>
    </message>
    <message>
        <source>Someone else must approve it.</source>
        <translation>必须由另一个人审批。</translation>
    </message>
    <message>
        <source>Choose a password other than the old one.</source>
        <translation>请选一个与旧密码不同的密码。</translation>
    </message>
    <message>
        <source>This is not your password.</source>
        <translation>这不是您的密码。</translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation>这个登录名已被使用。</translation>
    </message>
    <message>
        <source>Nobody changes their own roles; ask another administrator.</source>
        <translation>不能修改自己的角色，请找另一位管理员。</translation>
    </message>
    <message>
        <source>The owner stays an administrator.</source>
        <translation>店主必须保留管理员角色。</translation>
    </message>
    <message>
        <source>The owner&apos;s login stays &quot;admin&quot;.</source>
        <translation>店主的登录名固定为“admin”。</translation>
    </message>
    <message>
        <source>Give the person a login first.</source>
        <translation>请先给此人设置登录名。</translation>
    </message>
    <message>
        <source>The owner and the person at the desk cannot be deactivated.</source>
        <translation>不能停用店主或当前登录的人。</translation>
    </message>
    <message>
        <source>Choose a role and permissions from the list.</source>
        <translation>请从列表中选择角色和权限。</translation>
    </message>
    <message>
        <source>Administrators keep the permission to manage users (or nobody could).</source>
        <translation>管理员必须保留管理用户的权限（否则没人能管理）。</translation>
    </message>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores (e.g. lina).</source>
        <translation>登录名为2到32个字母、数字、点、横线或下划线（例如 lina）。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>A person with a password needs a login.</source>
        <translation>设置了密码的人需要登录名。</translation>
    </message>
    <message>
        <source>You have not clocked in today.</source>
        <translation>您今天还没有上班打卡。</translation>
    </message>
    <message>
        <source>This job is not in the workshop (not authorized, or already done).</source>
        <translation>此作业不在车间（尚未签字确认，或已完成）。</translation>
    </message>
    <message>
        <source>A job of an earlier day is still clocked on; the foreman corrects it first.</source>
        <translation>之前某天的作业仍在计时，请车间主管先更正。</translation>
    </message>
    <message>
        <source>You are not clocked on this job.</source>
        <translation>您没有在这个作业上计时。</translation>
    </message>
    <message>
        <source>Say why the clocking is corrected.</source>
        <translation>请说明更正打卡的原因。</translation>
    </message>
    <message>
        <source>The end comes after the start, at most 16 hours later.</source>
        <translation>结束时间须在开始之后，最多相隔16小时。</translation>
    </message>
    <message>
        <source>The end cannot be in the future.</source>
        <translation>结束时间不能是将来。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>请选择投诉的客户。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Choose how serious it is.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <source>Write what the customer complains of.</source>
        <translation>请写下客户投诉的内容。</translation>
    </message>
    <message>
        <source>A complaint is linked to the customer&apos;s own work orders.</source>
        <translation>投诉只能关联该客户自己的工单。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请写备注。</translation>
    </message>
    <message>
        <source>Say whom it was reported to and how.</source>
        <translation>请写明报告给谁、怎么报告的。</translation>
    </message>
    <message>
        <source>Describe the solution.</source>
        <translation>请写明解决方案。</translation>
    </message>
    <message>
        <source>Record the solution before telling the customer.</source>
        <translation>请先记录解决方案，再告知客户。</translation>
    </message>
    <message>
        <source>Say how the customer was told.</source>
        <translation>请写明怎么告知客户的。</translation>
    </message>
    <message>
        <source>Say why it is not resolved.</source>
        <translation>请写明为什么还没解决。</translation>
    </message>
    <message>
        <source>Choose the new owner.</source>
        <translation>请选择新的负责人。</translation>
    </message>
    <message>
        <source>Say what was given (a credit note, a free line).</source>
        <translation>请写明补偿内容（红字结算单、免费项目）。</translation>
    </message>
    <message>
        <source>A comeback is one of the customer&apos;s own work orders.</source>
        <translation>返修工单必须是该客户自己的工单。</translation>
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation>投诉已结案。</translation>
    </message>
    <message>
        <source>This call is already closed ({state}).</source>
        <translation>这个回访已经结束（{state}）。</translation>
    </message>
    <message>
        <source>Say why the call is not made.</source>
        <translation>请写明为什么不打这个电话。</translation>
    </message>
    <message>
        <source>Choose an inbound call or a letter.</source>
        <translation>请选择来电或信函。</translation>
    </message>
    <message>
        <source>Choose what it was about.</source>
        <translation>请选择内容。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Choose who takes the list, someone else.</source>
        <translation>请选择代班人（不能是本人）。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>At most a year at a time.</source>
        <translation>一次最多一年。</translation>
    </message>
    <message>
        <source>A complaint that is {state} cannot become {target}.</source>
        <translation>“{state}”的投诉不能改为“{target}”。</translation>
    </message>
    <message>
        <source>Say what was done to resolve it.</source>
        <translation>请写明处理结果。</translation>
    </message>
    <message>
        <source>Say what caused it.</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <source>Record how the customer confirmed the solution.</source>
        <translation>请记录客户是怎么确认满意的。</translation>
    </message>
    <message>
        <source>The first call starts on day 1 at the earliest, and not after its last day.</source>
        <translation>第一次回访最早从交车第二天开始，且不能晚于截止日。</translation>
    </message>
    <message>
        <source>The first call is made within 7 days of delivery at the latest.</source>
        <translation>第一次回访最迟在交车后7天内完成。</translation>
    </message>
    <message>
        <source>The second call&apos;s window must start before it ends.</source>
        <translation>第二次回访的开始日必须早于截止日。</translation>
    </message>
    <message>
        <source>Choose at least one question.</source>
        <translation>至少选择一个问题。</translation>
    </message>
    <message>
        <source>There is no such question.</source>
        <translation>没有这个问题。</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>评分是1到5的整数。</translation>
    </message>
    <message>
        <source>Choose a day between 2000 and 2100.</source>
        <translation>请选择2000年到2100年之间的日期。</translation>
    </message>
    <message>
        <source>Name the day (国庆节, 春节调休 …).</source>
        <translation>请写明是什么日子（国庆节、春节调休……）。</translation>
    </message>
    <message>
        <source>There is no work order {number}.</source>
        <translation>没有工单 {number}。</translation>
    </message>
    <message>
        <source>{slot} is kept free for walk-ins and overruns (after three booked slots in a row). Book it anyway?</source>
        <translation>{slot} 是留给临时到店和超时车辆的缓冲格（已连续约满三格）。仍然预约吗？</translation>
    </message>
    <message>
        <source>That time has passed; choose a later slot.</source>
        <translation>这个时间已经过了，请选后面的时间。</translation>
    </message>
    <message>
        <source>Reception takes appointments from {opens} to {closes}, not in a break, every 15 minutes.</source>
        <translation>前台预约时间为 {opens} 至 {closes}，午休不约，每15分钟一格。</translation>
    </message>
    <message>
        <source>The planned work takes longer than the workshop&apos;s day ({hours} h).</source>
        <translation>预计工时超过了车间一天的时间（{hours} 小时）。</translation>
    </message>
    <message>
        <source>Write the hours as 08:30-17:30.</source>
        <translation>营业时间请写成 08:30-17:30。</translation>
    </message>
    <message>
        <source>Write each break as 12:00-13:30, inside the opening hours.</source>
        <translation>每段午休请写成 12:00-13:30，并在营业时间内。</translation>
    </message>
    <message>
        <source>Only a booked appointment can be confirmed.</source>
        <translation>只有“已预约”的预约才能确认。</translation>
    </message>
    <message>
        <source>The customer is not late yet.</source>
        <translation>还没到预约时间。</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>请写明取消原因。</translation>
    </message>
    <message>
        <source>Make the new caller&apos;s customer file and car first.</source>
        <translation>请先给新客户建档并登记车辆。</translation>
    </message>
    <message>
        <source>The car that arrived is not the one booked.</source>
        <translation>到店的车不是预约的那辆。</translation>
    </message>
    <message>
        <source>Choose the advisor.</source>
        <translation>请选择服务顾问。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name.</source>
        <translation>请填写来电客户的姓名。</translation>
    </message>
    <message>
        <source>Choose the car.</source>
        <translation>请选择车辆。</translation>
    </message>
    <message>
        <source>Choose who called whom.</source>
        <translation>请选择预约来源。</translation>
    </message>
    <message>
        <source>Choose how it was booked.</source>
        <translation>请选择预约方式。</translation>
    </message>
    <message>
        <source>Line {n}: describe the work.</source>
        <translation>第 {n} 行：请写明项目。</translation>
    </message>
    <message>
        <source>This customer is archived; restore the file before booking.</source>
        <translation>这位客户已归档，请先恢复档案再预约。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s cars (not an archived one).</source>
        <translation>请选择这位客户的车（不能是已归档的车）。</translation>
    </message>
    <message>
        <source>This car is already booked at that time.</source>
        <translation>这辆车在这个时间已经有预约。</translation>
    </message>
    <message>
        <source>The advisor already has an appointment at that time.</source>
        <translation>这位服务顾问在这个时间已经有预约。</translation>
    </message>
    <message>
        <source>This appointment is already {state}.</source>
        <translation>这个预约已经是“{state}”。</translation>
    </message>
    <message>
        <source>Choose what fell due.</source>
        <translation>请选择到期项目。</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>请选择电话结果。</translation>
    </message>
    <message>
        <source>Enter the make.</source>
        <translation>请填写品牌。</translation>
    </message>
    <message>
        <source>Find the customer, or tick a new caller.</source>
        <translation>请找到客户，或勾选新来电客户。</translation>
    </message>
    <message>
        <source>Name the campaign.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>The last day comes after the first.</source>
        <translation>截止日期须在生效日期之后。</translation>
    </message>
    <message>
        <source>Choose the kind of campaign.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A campaign lasts three months at most.</source>
        <translation>活动最长三个月。</translation>
    </message>
    <message>
        <source>The campaign starts in the past.</source>
        <translation>活动开始日期已经过去。</translation>
    </message>
    <message>
        <source>Write the invitation.</source>
        <translation>请填写邀请文字。</translation>
    </message>
    <message>
        <source>Choose how the customer was invited.</source>
        <translation>请选择邀请方式。</translation>
    </message>
    <message>
        <source>Choose what the customer said.</source>
        <translation>请选择客户的回答。</translation>
    </message>
    <message>
        <source>The exit slip is printed once the car is delivered or leaves unrepaired.</source>
        <translation>车辆交车或未修出厂后才能打印出厂通知单。</translation>
    </message>
    <message>
        <source>Which area of the car?</source>
        <translation>车辆哪个部位？</translation>
    </message>
    <message>
        <source>What is checked?</source>
        <translation>检查什么？</translation>
    </message>
    <message>
        <source>Choose the kind of answer.</source>
        <translation>请选择答案类型。</translation>
    </message>
    <message>
        <source>A measured point needs the range a reading can have (lowest below highest).</source>
        <translation>测量项目要填可能的读数范围（最低值小于最高值）。</translation>
    </message>
    <message>
        <source>In which unit is it measured?</source>
        <translation>用什么单位测量？</translation>
    </message>
    <message>
        <source>Name the checklist.</source>
        <translation>请填写检查表名称。</translation>
    </message>
    <message>
        <source>Choose what the checklist is for.</source>
        <translation>请选择检查表的用途。</translation>
    </message>
    <message>
        <source>A checklist of that name exists already.</source>
        <translation>已经有同名的检查表。</translation>
    </message>
    <message>
        <source>No labour operation has the code {code}.</source>
        <translation>没有代码为 {code} 的工时项目。</translation>
    </message>
    <message>
        <source>Cars have been checked on this point: it stays, so their sheets stay whole. Make a new checklist without it instead.</source>
        <translation>已经有车辆按这个项目检查过，为保证检查记录完整不能删除；可以新建一张不含此项的检查表。</translation>
    </message>
    <message>
        <source>Enter the VIN.</source>
        <translation>请输入车架号。</translation>
    </message>
    <message>
        <source>Which model is it?</source>
        <translation>是什么车型？</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>到店日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Who pays for the PDI?</source>
        <translation>PDI由谁付费？</translation>
    </message>
    <message>
        <source>Check the model year.</source>
        <translation>请检查年款。</translation>
    </message>
    <message>
        <source>A car with this VIN is on file already.</source>
        <translation>档案里已经有这个车架号的车。</translation>
    </message>
    <message>
        <source>No storage checklist is in use.</source>
        <translation>没有在用的储存检查表。</translation>
    </message>
    <message>
        <source>A PDI is for a new car in stock: this car has an owner.</source>
        <translation>PDI只针对库存新车：这辆车已经有车主。</translation>
    </message>
    <message>
        <source>This car has an open work order already: {number}.</source>
        <translation>这辆车已经有未完成的工单：{number}。</translation>
    </message>
    <message>
        <source>The handover cannot be in the future.</source>
        <translation>交车日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the buyer from the customer file.</source>
        <translation>请从客户档案中选择买主。</translation>
    </message>
    <message>
        <source>The car has had no PDI: it cannot be handed over yet.</source>
        <translation>这辆车还没有做PDI，不能交车。</translation>
    </message>
    <message>
        <source>The car&apos;s last PDI failed: put it right and pass a new PDI before the handover.</source>
        <translation>这辆车最近一次PDI不合格：整改并重新通过PDI后才能交车。</translation>
    </message>
    <message>
        <source>This car has been handed over to its buyer.</source>
        <translation>这辆车已经交给买主。</translation>
    </message>
    <message>
        <source>This order has no finished inspection sheet to report on.</source>
        <translation>这张工单还没有完成的检查表，无法出具报告。</translation>
    </message>
    <message>
        <source>{value} {unit} cannot be right here: a reading lies between {low} and {high} {unit}.</source>
        <translation>{value} {unit} 不可能：读数应在 {low} 到 {high} {unit} 之间。</translation>
    </message>
    <message>
        <source>This order is closed: the car has left.</source>
        <translation>这张工单已关闭：车辆已出厂。</translation>
    </message>
    <message>
        <source>A storage check belongs to a car in stock (New cars), not to a work order.</source>
        <translation>储存检查针对库存新车（在“新车库存”页做），不在工单上做。</translation>
    </message>
    <message>
        <source>{count} points are not answered yet: {first}.</source>
        <translation>还有 {count} 项没有填写：{first}。</translation>
    </message>
    <message>
        <source>No finding has work to propose (or it is on the order already).</source>
        <translation>没有可以建议的维修项目（或已经加在工单上）。</translation>
    </message>
    <message>
        <source>This sheet is finished; start a new one to check again.</source>
        <translation>这张检查表已完成；要重新检查请新建一张。</translation>
    </message>
    <message>
        <source>Choose OK, attention or urgent.</source>
        <translation>请选择正常、需关注或紧急。</translation>
    </message>
    <message>
        <source>Enter the reading.</source>
        <translation>请输入读数。</translation>
    </message>
    <message>
        <source>The customer&apos;s papers ({papers}) have not been signed for as returned yet.</source>
        <translation>客户的证件（{papers}）还没有登记归还。</translation>
    </message>
    <message>
        <source>This car is not at the wash.</source>
        <translation>这辆车不在洗车。</translation>
    </message>
    <message>
        <source>Who washed the car?</source>
        <translation>谁洗的车？</translation>
    </message>
    <message>
        <source>Say why the car leaves unrepaired.</source>
        <translation>请说明未修出厂的原因。</translation>
    </message>
    <message>
        <source>Parts were issued to this car ({part}): take them back before it leaves unrepaired.</source>
        <translation>这辆车已领用配件（{part}）：请先退回再未修出厂。</translation>
    </message>
    <message>
        <source>Who took the papers?</source>
        <translation>证件交给了谁？</translation>
    </message>
    <message>
        <source>No papers were taken in with this car.</source>
        <translation>这辆车接车时没有登记随车证件。</translation>
    </message>
    <message>
        <source>Choose what the customer is told.</source>
        <translation>请选择通知内容。</translation>
    </message>
    <message>
        <source>How was the customer told?</source>
        <translation>用什么方式通知的客户？</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息内容是空的。</translation>
    </message>
    <message>
        <source>Give the new time, later than now.</source>
        <translation>请填写新的交车时间（晚于现在）。</translation>
    </message>
    <message>
        <source>The make and series of this car have no {component} warranty on file.</source>
        <translation>这辆车的品牌车系没有登记“{component}”保修。</translation>
    </message>
    <message>
        <source>{component} is out of warranty ({why}); only a manager&apos;s goodwill puts it on the manufacturer.</source>
        <translation>{component}已不在保修范围（{why}）；只有经理批准善意保修才能由厂家承担。</translation>
    </message>
    <message>
        <source>Which make?</source>
        <translation>哪个品牌？</translation>
    </message>
    <message>
        <source>Choose the component.</source>
        <translation>请选择保修部件。</translation>
    </message>
    <message>
        <source>The km of the free inspections, e.g. 1500 5000.</source>
        <translation>免费检查的公里数，例如 1500 5000。</translation>
    </message>
    <message>
        <source>An extension adds months, km or both.</source>
        <translation>延保要延长月数、公里数或两者。</translation>
    </message>
    <message>
        <source>Choose the exclusion.</source>
        <translation>请选择不保修情形。</translation>
    </message>
    <message>
        <source>Say what was found.</source>
        <translation>请说明发现的情况。</translation>
    </message>
    <message>
        <source>Say why it is lifted.</source>
        <translation>请说明撤销原因。</translation>
    </message>
    <message>
        <source>This campaign is not open for this car.</source>
        <translation>这辆车没有这个未完成的活动。</translation>
    </message>
    <message>
        <source>The campaign is on this order already.</source>
        <translation>这个活动已经在工单上了。</translation>
    </message>
    <message>
        <source>What came of the call?</source>
        <translation>通知结果如何？</translation>
    </message>
    <message>
        <source>Choose a year from 2000 to 2100.</source>
        <translation>请选择 2000 到 2100 之间的年份。</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>请填写目标内容。</translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation>请选择指标。</translation>
    </message>
    <message>
        <source>The goals cannot change once the month is being scored.</source>
        <translation>本月已开始评分，目标不能再修改。</translation>
    </message>
    <message>
        <source>The manager has scored this month already.</source>
        <translation>经理已完成本月评分。</translation>
    </message>
    <message>
        <source>A signed appraisal cannot change.</source>
        <translation>已签字的考核表不能修改。</translation>
    </message>
    <message>
        <source>Score every item.</source>
        <translation>请为每一项评分。</translation>
    </message>
    <message>
        <source>Choose a grade from A to E.</source>
        <translation>请选择A到E级。</translation>
    </message>
    <message>
        <source>Say why the grade is adjusted.</source>
        <translation>请说明调整等级的原因。</translation>
    </message>
    <message>
        <source>Only a scored, unsigned appraisal outside probation can be adjusted.</source>
        <translation>只有已评分、未签字且不在试用期的考核可以调整等级。</translation>
    </message>
    <message>
        <source>Sign once the manager has scored the month.</source>
        <translation>经理评分后才能签字。</translation>
    </message>
    <message>
        <source>Only the employee signs as the employee.</source>
        <translation>只有员工本人能以员工身份签字。</translation>
    </message>
    <message>
        <source>The direct manager and their manager are two different people.</source>
        <translation>直接上级和上级的上级必须是两个人。</translation>
    </message>
    <message>
        <source>Choose who signs.</source>
        <translation>请选择签字人身份。</translation>
    </message>
    <message>
        <source>Say why you appeal.</source>
        <translation>请说明申诉理由。</translation>
    </message>
    <message>
        <source>Only the employee can appeal their grade.</source>
        <translation>只有员工本人能申诉自己的等级。</translation>
    </message>
    <message>
        <source>A scored month can be appealed once.</source>
        <translation>已评分的月份只能申诉一次。</translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>There is no open appeal.</source>
        <translation>没有待处理的申诉。</translation>
    </message>
    <message>
        <source>Nobody scores or signs their own appraisal as the manager.</source>
        <translation>任何人都不能以经理身份给自己评分或签字。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>An appraisal has 3 to 8 goals and measures ({count} now).</source>
        <translation>考核表应有3到8项目标和指标（现有{count}项）。</translation>
    </message>
    <message>
        <source>Each weight is from 1 to 100.</source>
        <translation>每项权重为1到100。</translation>
    </message>
    <message>
        <source>The weights add up to {total}, not 100.</source>
        <translation>权重合计为{total}，不是100。</translation>
    </message>
    <message>
        <source>Points from 0 to {top} for a weight of {weight}.</source>
        <translation>权重{weight}的项目得分为0到{top}。</translation>
    </message>
    <message>
        <source>The grade bands must fall from A to D (e.g. 120, 105, 90, 70).</source>
        <translation>等级分数线必须从A到D依次递减（例如120、105、90、70）。</translation>
    </message>
    <message>
        <source>Name the course.</source>
        <translation>请填写课程名称。</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>Give the meeting a topic.</source>
        <translation>请填写会议议题。</translation>
    </message>
    <message>
        <source>A meeting is announced at least three days ahead.</source>
        <translation>会议至少要提前三天通知。</translation>
    </message>
    <message>
        <source>Say who attended.</source>
        <translation>请填写参会人员。</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>请填写事项内容。</translation>
    </message>
    <message>
        <source>Each action has an owner and a due date.</source>
        <translation>每个行动事项都要有负责人和完成期限。</translation>
    </message>
    <message>
        <source>The minutes of this meeting are kept already.</source>
        <translation>这次会议的纪要已经记录过了。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请说明完成情况。</translation>
    </message>
    <message>
        <source>This item is closed already.</source>
        <translation>此事项已关闭。</translation>
    </message>
    <message>
        <source>Enter what was achieved.</source>
        <translation>请填写完成情况。</translation>
    </message>
    <message>
        <source>Keep it under 60 characters: the figure, not the story.</source>
        <translation>请控制在60字以内：只填数据，不写说明。</translation>
    </message>
    <message>
        <source>Nobody enters the figures of their own appraisal; its owner does.</source>
        <translation>不能为自己的考核录入数据，应由指定录入人录入。</translation>
    </message>
    <message>
        <source>The month has been scored; the figures cannot change now.</source>
        <translation>本月已评分，数据不能再修改。</translation>
    </message>
    <message>
        <source>A card number has 6 to 20 letters and digits.</source>
        <translation>卡号为 6 到 20 位字母或数字。</translation>
    </message>
    <message>
        <source>Card {number} is already given out.</source>
        <translation>卡号 {number} 已发出。</translation>
    </message>
    <message>
        <source>This card cannot be used (reported lost or refunded).</source>
        <translation>此卡不能使用（已挂失或已退）。</translation>
    </message>
    <message>
        <source>Only a card in use is replaced.</source>
        <translation>只有在用的卡才能补办。</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>Only a card in use is refunded.</source>
        <translation>只有在用的卡才能退。</translation>
    </message>
    <message>
        <source>Nothing is left on this card.</source>
        <translation>此卡已无余额。</translation>
    </message>
    <message>
        <source>Choose a card on sale.</source>
        <translation>请选择在售的卡种。</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>密码为 6 位数字。</translation>
    </message>
    <message>
        <source>Choose a plan on sale.</source>
        <translation>请选择在售的套餐。</translation>
    </message>
    <message>
        <source>A card is opened on the Cards tab, where its money is paid in.</source>
        <translation>会员卡请在“会员卡”页签开卡并充值。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s cars.</source>
        <translation>请选择该客户的车辆。</translation>
    </message>
    <message>
        <source>A plan cannot start more than a month back.</source>
        <translation>套餐生效日期不能早于一个月前。</translation>
    </message>
    <message>
        <source>A plan goes to the car&apos;s new owner: record the change of owner on the car first.</source>
        <translation>套餐随车转给新车主：请先在车辆上办理过户。</translation>
    </message>
    <message>
        <source>The plan is already the owner&apos;s.</source>
        <translation>该套餐已属于现车主。</translation>
    </message>
    <message>
        <source>Only a running plan is refunded.</source>
        <translation>只有有效的套餐才能退订。</translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation>卡内余额只有 {balance}。</translation>
    </message>
    <message>
        <source>The card has only {points} points.</source>
        <translation>卡内只有 {points} 积分。</translation>
    </message>
    <message>
        <source>No card has the number {number}.</source>
        <translation>没有卡号为 {number} 的卡。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is not right.</source>
        <translation>卡密码不正确。</translation>
    </message>
    <message>
        <source>This card belongs to another customer.</source>
        <translation>此卡属于其他客户。</translation>
    </message>
    <message>
        <source>Points pay in steps of {step}.</source>
        <translation>积分抵现须为 {step} 的整数倍。</translation>
    </message>
    <message>
        <source>A coupon is not given back; pay back another way.</source>
        <translation>优惠券不退回，请用其他方式退款。</translation>
    </message>
    <message>
        <source>No coupon has the code {code}.</source>
        <translation>没有券码为 {code} 的优惠券。</translation>
    </message>
    <message>
        <source>This coupon was given to another customer.</source>
        <translation>此优惠券属于其他客户。</translation>
    </message>
    <message>
        <source>This coupon pays {value}, once.</source>
        <translation>此优惠券抵 {value}，只能用一次。</translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation>此优惠券已使用过。</translation>
    </message>
    <message>
        <source>Name the level (e.g. 银卡).</source>
        <translation>请填写等级名称（如银卡）。</translation>
    </message>
    <message>
        <source>There is already a level called {name}.</source>
        <translation>已有名为 {name} 的等级。</translation>
    </message>
    <message>
        <source>Give the product a short code.</source>
        <translation>请填写产品编码。</translation>
    </message>
    <message>
        <source>Name the product as the customer sees it.</source>
        <translation>请填写客户看到的产品名称。</translation>
    </message>
    <message>
        <source>Choose what kind of plan it is.</source>
        <translation>请选择套餐类别。</translation>
    </message>
    <message>
        <source>Choose the components it covers.</source>
        <translation>请选择保障的总成。</translation>
    </message>
    <message>
        <source>How many services does it include?</source>
        <translation>请填写包含的保养次数。</translation>
    </message>
    <message>
        <source>How much is paid into the card?</source>
        <translation>请填写充值金额。</translation>
    </message>
    <message>
        <source>Another product has the code {code}.</source>
        <translation>编码 {code} 已被其他产品使用。</translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation>此优惠券尚未生效。</translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation>此优惠券已过期。</translation>
    </message>
    <message>
        <source>This coupon is for bills of {min} or more.</source>
        <translation>此优惠券须消费满 {min} 才能使用。</translation>
    </message>
    <message>
        <source>Only a maintenance plan pays for services.</source>
        <translation>只有保养套餐可以抵扣保养。</translation>
    </message>
    <message>
        <source>Plan {number} is for another car; a plan is used only on its own car.</source>
        <translation>套餐 {number} 属于另一辆车；套餐只能用于登记的车辆。</translation>
    </message>
    <message>
        <source>Plan {number} is {state} ({start} to {end}).</source>
        <translation>套餐 {number} {state}（{start} 至 {end}）。</translation>
    </message>
    <message>
        <source>Plan {number} pays for its own package only.</source>
        <translation>套餐 {number} 只能用于它自己的保养项目。</translation>
    </message>
    <message>
        <source>This order already uses a service of plan {number}.</source>
        <translation>本工单已使用过套餐 {number}。</translation>
    </message>
    <message>
        <source>Plan {number} has no service left ({used} of {total} used).</source>
        <translation>套餐 {number} 已无剩余次数（已用 {used} / {total}）。</translation>
    </message>
    <message>
        <source>The caller&apos;s phone, to call back.</source>
        <translation>请填写来电人电话，以便回拨。</translation>
    </message>
    <message>
        <source>Where is the car?</source>
        <translation>车在哪里？</translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words?</source>
        <translation>故障情况（客户原话）？</translation>
    </message>
    <message>
        <source>Send a van, or hand the call to a partner station.</source>
        <translation>请派一辆救援车，或转给合作站。</translation>
    </message>
    <message>
        <source>{van} is {state}; choose a free van.</source>
        <translation>{van}{state}，请选空闲的车。</translation>
    </message>
    <message>
        <source>Choose how the rescue ended.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>What did the crew do on the spot?</source>
        <translation>救援人员在现场做了什么？</translation>
    </message>
    <message>
        <source>Why was it cancelled?</source>
        <translation>为什么取消？</translation>
    </message>
    <message>
        <source>This rescue is already closed.</source>
        <translation>此救援已结束。</translation>
    </message>
    <message>
        <source>The question is asked once the rescue is done.</source>
        <translation>救援完成后才能回访满意度。</translation>
    </message>
    <message>
        <source>Rescue {number} is {state}.</source>
        <translation>救援 {number} 当前为“{state}”。</translation>
    </message>
    <message>
        <source>Find the car (or add it) on the call before it is towed in: the work order needs it.</source>
        <translation>拖车回厂前请在接警单上找到（或新增）车辆：开工单需要它。</translation>
    </message>
    <message>
        <source>Name the van (e.g. 救援车1).</source>
        <translation>请填写车辆名称（如救援车1）。</translation>
    </message>
    <message>
        <source>Another van is called {name}.</source>
        <translation>已有名为 {name} 的救援车。</translation>
    </message>
    <message>
        <source>Choose free or in maintenance.</source>
        <translation>请选择空闲或保养中。</translation>
    </message>
    <message>
        <source>{van} is out on a rescue.</source>
        <translation>{van}正在出车。</translation>
    </message>
    <message>
        <source>Name the partner station.</source>
        <translation>请填写合作站名称。</translation>
    </message>
    <message>
        <source>The station&apos;s phone, to hand calls over.</source>
        <translation>请填写合作站电话，以便转接。</translation>
    </message>
    <message>
        <source>Another partner station is called {name}.</source>
        <translation>已有名为 {name} 的合作站。</translation>
    </message>
</context>
<context>
    <name>VanDialog</name>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>随车人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Last service at (km)</source>
        <translation>上次保养里程</translation>
    </message>
    <message>
        <source>Service every (km)</source>
        <translation>保养间隔（公里）</translation>
    </message>
    <message>
        <source>Last service on</source>
        <translation>上次保养日期</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
</context>
<context>
    <name>VansTab</name>
    <message>
        <source>New van…</source>
        <translation>新增救援车…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Into maintenance</source>
        <translation>进入保养</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>New partner station…</source>
        <translation>新增合作站…</translation>
    </message>
    <message>
        <source>Partner stations</source>
        <translation>合作站</translation>
    </message>
    <message>
        <source>New partner station</source>
        <translation>新增合作站</translation>
    </message>
    <message>
        <source>Name, area and phone, separated by commas:</source>
        <translation>名称、服务区域、电话，用逗号分隔：</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>New vehicle</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <source>e.g. 粤B12345, 粤BD12345</source>
        <translation>例如 粤B12345、粤BD12345</translation>
    </message>
    <message>
        <source>Foreign or temporary plate:</source>
        <translation>境外/临时牌照：</translation>
    </message>
    <message>
        <source>Why this plate is accepted</source>
        <translation>接受此车牌的原因</translation>
    </message>
    <message>
        <source>17 characters, no I, O or Q</source>
        <translation>17 位，不含 I、O、Q</translation>
    </message>
    <message>
        <source>Imported car, accept as it is:</source>
        <translation>进口车，按原样接受：</translation>
    </message>
    <message>
        <source>Why this VIN is accepted</source>
        <translation>接受此车架号的原因</translation>
    </message>
    <message>
        <source>same as purchase date if empty</source>
        <translation>不填则与购车日期相同</translation>
    </message>
    <message>
        <source>km on the odometer now</source>
        <translation>当前仪表里程（公里）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Make / model / series</source>
        <translation>品牌 / 车型 / 车系</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation>保修开始日期</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
</context>
<context>
    <name>VisitSettings</name>
    <message>
        <source>After a passed quality check the car goes to the wash</source>
        <translation>质检通过后车辆去洗车</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Diagnosis fee (car leaves unrepaired), yuan</source>
        <translation>检测诊断费（未修出厂），元</translation>
    </message>
    <message>
        <source>Your car is ready</source>
        <translation>车已修好</translation>
    </message>
    <message>
        <source>The repair takes longer</source>
        <translation>维修需要延时</translation>
    </message>
    <message>
        <source>The parts have arrived</source>
        <translation>配件已到</translation>
    </message>
    <message>
        <source>Please approve additional work</source>
        <translation>请确认追加项目</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>可用字段：%1</translation>
    </message>
    <message>
        <source>Workshop steps and notices saved.</source>
        <translation>车间流程与通知已保存。</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <source>Whole car</source>
        <translation>整车</translation>
    </message>
    <message>
        <source>Powertrain (engine, gearbox)</source>
        <translation>动力总成（发动机、变速箱）</translation>
    </message>
    <message>
        <source>Traction battery</source>
        <translation>动力电池</translation>
    </message>
    <message>
        <source>Corrosion perforation</source>
        <translation>车身锈穿</translation>
    </message>
    <message>
        <source>Electrics and electronics</source>
        <translation>电器与电子</translation>
    </message>
    <message>
        <source>missed the required maintenance at an authorised shop</source>
        <translation>未按规定在授权店保养</translation>
    </message>
    <message>
        <source>modified parts</source>
        <translation>改装部件</translation>
    </message>
    <message>
        <source>normal maintenance and consumables</source>
        <translation>正常保养和易损件</translation>
    </message>
    <message>
        <source>misuse, accident, theft or fire</source>
        <translation>使用不当、事故、盗抢或火灾</translation>
    </message>
    <message>
        <source>wrong or dirty fuel or fluids</source>
        <translation>使用不合格的燃油或油液</translation>
    </message>
    <message>
        <source>non-original parts</source>
        <translation>非原厂配件</translation>
    </message>
    <message>
        <source>damage made worse by driving on with a fault</source>
        <translation>带故障继续行驶导致损坏扩大</translation>
    </message>
    <message>
        <source>environmental damage (hail, salt, sap)</source>
        <translation>环境造成的损坏（冰雹、盐碱、树胶）</translation>
    </message>
    <message>
        <source>repairs done elsewhere</source>
        <translation>在其他地方维修过</translation>
    </message>
    <message>
        <source>normal ageing of trim and paint</source>
        <translation>内饰和漆面正常老化</translation>
    </message>
    <message>
        <source>a tampered odometer</source>
        <translation>调过里程表</translation>
    </message>
    <message>
        <source>indirect losses (rental car, hotel)</source>
        <translation>间接损失（租车、住宿）</translation>
    </message>
    <message>
        <source>damage from long storage</source>
        <translation>长期停放造成的损坏</translation>
    </message>
    <message>
        <source>no warranty start date on file</source>
        <translation>档案里没有保修起始日期</translation>
    </message>
    <message>
        <source>expired on {day}</source>
        <translation>已于 {day} 到期</translation>
    </message>
    <message>
        <source>over {km} km</source>
        <translation>超过 {km} 公里</translation>
    </message>
    <message>
        <source>no policy for this make and series</source>
        <translation>该品牌车系没有保修政策</translation>
    </message>
    <message>
        <source>excluded: {why}</source>
        <translation>不保修：{why}</translation>
    </message>
</context>
<context>
    <name>WorkOrderEditor</name>
    <message>
        <source>Estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>客户签字…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>配件已到</translation>
    </message>
    <message>
        <source>To quality check</source>
        <translation>送质检</translation>
    </message>
    <message>
        <source>Passed…</source>
        <translation>质检通过…</translation>
    </message>
    <message>
        <source>Failed…</source>
        <translation>质检不通过…</translation>
    </message>
    <message>
        <source>Washed…</source>
        <translation>已洗车…</translation>
    </message>
    <message>
        <source>Papers given back…</source>
        <translation>证件已归还…</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>结算…</translation>
    </message>
    <message>
        <source>Tell the customer…</source>
        <translation>通知客户…</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Leave unrepaired…</source>
        <translation>未修出厂…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Technician copy</source>
        <translation>派工单（技师联）</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>领料单</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>交车报告</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>检测诊断单</translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation>PDI报告</translation>
    </message>
    <message>
        <source>Exit slip</source>
        <translation>出厂通知单</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Add labour</source>
        <translation>添加工时</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>添加套餐</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Customer approves…</source>
        <translation>客户同意…</translation>
    </message>
    <message>
        <source>Customer declines…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <source>Issue part…</source>
        <translation>发料…</translation>
    </message>
    <message>
        <source>Return part…</source>
        <translation>退料…</translation>
    </message>
    <message>
        <source>Save as package…</source>
        <translation>另存为套餐…</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>History</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Clocked time</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No work order selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>Comeback of %1</source>
        <translation>返修：%1</translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation>技师 %1</translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation>承诺 %1</translation>
    </message>
    <message>
        <source>Open recall: %1 (Warranty tab)</source>
        <translation>未完成召回：%1（见“保修”页签）</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>The customer has read and signed the work order. Name:</source>
        <translation>客户已阅读并在工单上签字。签字人：</translation>
    </message>
    <message>
        <source>No %1 is set up yet: add them in System → Staff.</source>
        <translation>还没有设置%1：请在“系统 → 员工”中添加。</translation>
    </message>
    <message>
        <source>Open System → Staff</source>
        <translation>打开“系统 → 员工”</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>质检通过</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation>质检不通过</translation>
    </message>
    <message>
        <source>What has to be redone?</source>
        <translation>需要返工的内容：</translation>
    </message>
    <message>
        <source>Deliver %1 (%2) to %3?</source>
        <translation>将 %1（%2）交车给 %3？</translation>
    </message>
    <message>
        <source>Open balance: %1.</source>
        <translation>未收金额：%1。</translation>
    </message>
    <message>
        <source>Everything invoiced is paid.</source>
        <translation>已开结算单均已收款。</translation>
    </message>
    <message>
        <source>%1 lines are not invoiced yet (Settle…).</source>
        <translation>还有 %1 行未结算（结算…）。</translation>
    </message>
    <message>
        <source>A delivered order is closed; the delivery report can be printed afterwards.</source>
        <translation>交车后工单即关闭；交车报告可在之后打印。</translation>
    </message>
    <message>
        <source>Settlement of %1 updated.</source>
        <translation>%1 的结算已更新。</translation>
    </message>
    <message>
        <source>Cancel the work order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技师：</translation>
    </message>
    <message>
        <source>— keep —</source>
        <translation>— 不变 —</translation>
    </message>
    <message>
        <source>Bay:</source>
        <translation>工位：</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>on WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>The customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>How did the customer answer?</source>
        <translation>客户以什么方式答复？</translation>
    </message>
    <message>
        <source>Who answered?</source>
        <translation>答复人：</translation>
    </message>
    <message>
        <source>Return unused parts</source>
        <translation>退回未用配件</translation>
    </message>
    <message>
        <source>Issue parts</source>
        <translation>发料</translation>
    </message>
    <message>
        <source>%1: how many?</source>
        <translation>%1：数量？</translation>
    </message>
    <message>
        <source>Save as package</source>
        <translation>另存为套餐</translation>
    </message>
    <message>
        <source>Name of the package, e.g. 60000公里保养:</source>
        <translation>套餐名称，例如 60000公里保养：</translation>
    </message>
    <message>
        <source>Short code, e.g. P60000:</source>
        <translation>简码，例如 P60000：</translation>
    </message>
    <message>
        <source>Package %1 saved.</source>
        <translation>套餐 %1 已保存。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Washed</source>
        <translation>已洗车</translation>
    </message>
    <message>
        <source>washer</source>
        <translation>洗车工</translation>
    </message>
    <message>
        <source>Washed by:</source>
        <translation>洗车人：</translation>
    </message>
    <message>
        <source>Papers given back</source>
        <translation>证件已归还</translation>
    </message>
    <message>
        <source>%1 given back to (name):</source>
        <translation>%1 交给了（姓名）：</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>Number, plate or customer</source>
        <translation>工单号、车牌或客户</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>All payers</source>
        <translation>全部付款方</translation>
    </message>
    <message>
        <source>Comebacks</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>New work order…</source>
        <translation>新开工单…</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 张工单</translation>
    </message>
    <message>
        <source>Work order %1 opened.</source>
        <translation>工单 %1 已开。</translation>
    </message>
</context>
<context>
    <name>WorkshopSettings</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Left / back</source>
        <translation>离职 / 复职</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>e.g. 7号工位</source>
        <translation>例如 7号工位</translation>
    </message>
    <message>
        <source>Out of use / back</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Labour rate (yuan per standard hour, excl. VAT)</source>
        <translation>工时单价（元/标准工时，不含税）</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>增值税率（%）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Own rate</source>
        <translation>专用单价</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Labour catalogue (standard hours)</source>
        <translation>工时定额目录</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>241×140 mm continuous form (halves)</source>
        <translation>241×140 毫米连续纸（二等分）</translation>
    </message>
    <message>
        <source>241×93 mm continuous form (thirds)</source>
        <translation>241×93 毫米连续纸（三等分）</translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>交车报告</translation>
    </message>
    <message>
        <source>Settlement sheets</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Label sheet or roll</source>
        <translation>标签纸或标签卷</translation>
    </message>
    <message>
        <source>Save printing</source>
        <translation>保存打印设置</translation>
    </message>
    <message>
        <source>Printing settings saved.</source>
        <translation>打印设置已保存。</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>out of use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Rates saved.</source>
        <translation>价格已保存。</translation>
    </message>
</context>
<context>
    <name>WorkstationsTab</name>
    <message>
        <source>The shop&apos;s database now</source>
        <translation>本店数据库现状</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最近备份</translation>
    </message>
    <message>
        <source>Desks with the shop open now</source>
        <translation>当前在线的工位</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>保存名称</translation>
    </message>
    <message>
        <source>This PC&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>This PC holds the data: set up the server…</source>
        <translation>本机存放数据：设置服务器…</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s server…</source>
        <translation>连接到店里的服务器…</translation>
    </message>
    <message>
        <source>Move back to a file on this PC…</source>
        <translation>搬回本机文件…</translation>
    </message>
    <message>
        <source>One PC: the data is a file on this PC. Several PCs (counter, workshop, parts): one PC holds the data on a PostgreSQL server and the others connect to it. Each change shows on the other desks within a second.</source>
        <translation>一台电脑：数据是本机上的一个文件。多台电脑（前台、车间、配件）：由一台电脑在 PostgreSQL 服务器上存放数据，其他电脑连接它。每一处修改一秒内就会显示在其他工位上。</translation>
    </message>
    <message>
        <source>The server cannot be reached now: %1</source>
        <translation>现在无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the shop&apos;s server</source>
        <translation>店里的服务器</translation>
    </message>
    <message>
        <source>a file on this PC</source>
        <translation>本机文件</translation>
    </message>
    <message>
        <source> (this PC)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>This PC is now called %1.</source>
        <translation>这台电脑现在叫 %1。</translation>
    </message>
    <message>
        <source>This PC opens the shop on the server from its next start.</source>
        <translation>这台电脑下次启动时打开服务器上的数据。</translation>
    </message>
    <message>
        <source>Move the shop back to a file</source>
        <translation>把数据搬回文件</translation>
    </message>
    <message>
        <source>ServiceBay database (*.sqlite3)</source>
        <translation>售后管家数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copying the server&apos;s data into %1…</source>
        <translation>正在把服务器上的数据复制到 %1…</translation>
    </message>
    <message>
        <source>Several workstations</source>
        <translation>多工位</translation>
    </message>
    <message>
        <source>Moved and checked: %1 rows identical. This PC opens the file %2 from its next start; the server&apos;s data was left as it was.</source>
        <translation>已搬迁并核对：%1 行完全一致。这台电脑下次启动时打开文件 %2；服务器上的数据原样保留。</translation>
    </message>
</context>
<context>
    <name>_AddressForm</name>
    <message>
        <source>Server (name or address)</source>
        <translation>服务器（名称或地址）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>门店数据库</translation>
    </message>
    <message>
        <source>Program&apos;s login</source>
        <translation>程序登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
