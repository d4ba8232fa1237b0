<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>Something went wrong. Your saved data is safe; the details were written to the log file:
%1</source>
        <translation>程序出现意外错误。已保存的数据不受影响；详细信息已写入日志文件：
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126" />
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="65" />
        <location filename="../../desktop/views/audit_dialog.py" line="132" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="68" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="70" />
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="72" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="75" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="95" />
        <source>Verify hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="97" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="99" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="128" />
        <source>%1 events shown (newest first, at most 1,000)</source>
        <translation>显示 %1 条事件（最新在前，最多 1,000 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="138" />
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="139" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="147" />
        <source>%1 events exported to %2</source>
        <translation>已导出 %1 条事件到 %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="35" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="38" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="39" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="50" />
        <location filename="../../desktop/views/casedetail.py" line="52" />
        <source>Reveal</source>
        <translation>查看完整</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="77" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="78" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="79" />
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="80" />
        <source>Home address</source>
        <translation>家庭地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="81" />
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="82" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="83" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="84" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="85" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="86" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="87" />
        <source>Overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="88" />
        <source>Overdue interest</source>
        <translation>逾期利息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="89" />
        <source>Penalty interest</source>
        <translation>逾期罚息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="90" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="91" />
        <source>Outstanding principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="92" />
        <source>First overdue date</source>
        <translation>首次逾期日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="93" />
        <source>Last payment</source>
        <translation>最近还款日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="94" />
        <source>Delinquency reason</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="95" />
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="96" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="98" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="100" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="106" />
        <source>Timeline</source>
        <translation>客户时间线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="168" />
        <source> (+%n other loan(s))</source>
        <translation><numerusform>（另有 %n 笔贷款）</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="171" />
        <location filename="../../desktop/views/casedetail.py" line="172" />
        <source>— none</source>
        <translation>— 无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="176" />
        <source>Do not visit: %1</source>
        <translation>暂停外访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="178" />
        <source>No address — cannot be scheduled for a visit</source>
        <translation>没有地址 — 无法安排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="182" />
        <source>%1 days (%2), as of %3</source>
        <translation>%1 天（%2），数据日期 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="193" />
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="194" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="197" />
        <source>Nothing has happened on this case yet — assess it or plan a visit.</source>
        <translation>该案件还没有任何记录 — 先做风险评估或安排外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="208" />
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="209" />
        <source>Why do you need the full value? (recorded in the audit log)</source>
        <translation>为什么需要查看完整信息？（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="52" />
        <source>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</source>
        <translation>搜索合同编号、姓名、手机号、证件号后四位、地址…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="55" />
        <source>All buckets</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="60" />
        <source>All open</source>
        <translation>全部未结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="65" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="67" />
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="70" />
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="71" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="77" />
        <source>All branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="81" />
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="108" />
        <location filename="../../desktop/views/casepage.py" line="187" />
        <source>No cases yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>还没有案件 — 导入核心系统逾期明细（文件 ▸ 导入…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="184" />
        <source>No matching cases — change the search or the filters.</source>
        <translation>没有符合条件的案件 — 请修改搜索词或筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="188" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="202" />
        <source>%1 cases · overdue total %2</source>
        <translation>共 %1 个案件 · 逾期总额 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="210" />
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="22" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="23" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="24" />
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="25" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="26" />
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="27" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="28" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="29" />
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="30" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="31" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="32" />
        <source>Next action</source>
        <translation>下次行动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="33" />
        <source>Last outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="107" />
        <source>Press Enter to open the case</source>
        <translation>按回车键打开案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="132" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="33" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="34" />
        <source>Your password was reset by an administrator. Choose a new one to continue.</source>
        <translation>管理员已重置你的密码。请设置新密码后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="35" />
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="47" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="48" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="49" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="50" />
        <source>At least 8 characters with letters and digits.</source>
        <translation>至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="64" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/views/common.py" line="89" />
        <source>VisitDesk</source>
        <translation>VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="91" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>New</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>Planned</source>
        <translation>已制定方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="43" />
        <source>Visit scheduled</source>
        <translation>已排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="43" />
        <source>Visited</source>
        <translation>已外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Promised</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>On plan</source>
        <translation>分期履约中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="48" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="48" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="49" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="49" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Plan agreed</source>
        <translation>同意分期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Paid</source>
        <translation>已还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Refused</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Hardship claimed</source>
        <translation>声称困难</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Not at home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Moved</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Third party only</source>
        <translation>仅接触第三方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="60" />
        <source>Complaint under review</source>
        <translation>投诉处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="60" />
        <source>Legal proceedings</source>
        <translation>诉讼程序中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="61" />
        <source>Deceased</source>
        <translation>借款人已故</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="61" />
        <source>Hardship plan in good standing</source>
        <translation>困难帮扶计划履约中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="65" />
        <source>Phone follow-up</source>
        <translation>电话跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="65" />
        <source>On-site visit</source>
        <translation>上门催收</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="66" />
        <source>Hardship plan</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="66" />
        <source>Legal referral</source>
        <translation>法务转介</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="67" />
        <source>Hold</source>
        <translation>暂缓</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="80" />
        <source>VisitDesk is locked</source>
        <translation>VisitDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="82" />
        <source>The window was locked after a period without activity. Enter the password of %1 to continue.</source>
        <translation>长时间无操作，窗口已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="91" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="92" />
        <source>Quit VisitDesk</source>
        <translation>退出 VisitDesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login.py" line="25" />
        <source>VisitDesk — Sign in</source>
        <translation>VisitDesk — 登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="27" />
        <source>VisitDesk · On-site collection case management</source>
        <translation>VisitDesk · 上门催收案件管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="39" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="40" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="42" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="43" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="56" />
        <source>Enter your login name and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="73" />
        <source>You must choose a new password before you can continue.</source>
        <translation>必须先设置新密码才能继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="53" />
        <source>VisitDesk — On-site collection case management</source>
        <translation>VisitDesk — 上门催收案件管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="69" />
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="70" />
        <source>Today's work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="71" />
        <source>Your follow-up worklist and the dashboard arrive here with the follow-up issue. Until then, start from the case list (Ctrl+2).</source>
        <translation>跟进任务清单和仪表盘即将在这里上线。在此之前，请从案件列表开始工作（Ctrl+2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="73" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="74" />
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <source>Visit calendar</source>
        <translation>外访日程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <source>Scheduling compliant visits on a calendar is coming next.</source>
        <translation>在日程中安排合规外访的功能即将上线。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="76" />
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Portfolio aging, visits, outcomes and collector performance reports are coming.</source>
        <translation>账龄分析、外访明细、外访结果和催收员绩效报表即将上线。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="80" />
        <location filename="../../desktop/views/mainwindow.py" line="81" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="81" />
        <source>Users, policy and company settings are coming.</source>
        <translation>用户、合规规则和公司信息设置即将上线。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="92" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="93" />
        <source>all branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="99" />
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="135" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="136" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="141" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="142" />
        <source>&amp;Search cases</source>
        <translation>搜索案件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="156" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="165" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="167" />
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="170" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="173" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="174" />
        <source>&amp;About VisitDesk</source>
        <translation>关于 VisitDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="187" />
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="195" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="196" />
        <source>The language will change the next time VisitDesk starts.</source>
        <translation>界面语言将在下次启动 VisitDesk 时切换。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="199" />
        <source>About VisitDesk</source>
        <translation>关于 VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="200" />
        <source>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</source>
        <translation>VisitDesk %1 — 上门催收案件管理。
字体：思源黑体 Noto Sans SC（SIL 开源字体许可 1.1）。</translation>
    </message>
</context>
</TS>