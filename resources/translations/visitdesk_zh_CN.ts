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
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="134" />
        <source>Risk assessment — %1</source>
        <translation>风险评估 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="160" />
        <source>e.g. lost his job in March, looking for work</source>
        <translation>例如：3 月失业，正在找工作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="163" />
        <source>Your judgement</source>
        <translation>评估判断</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="165" />
        <source>Willingness to pay</source>
        <translation>还款意愿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="166" />
        <source>Ability to pay</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="167" />
        <source>Hardship reason</source>
        <translation>困难原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="168" />
        <source>Suggested from the latest contact; change it to what you learnt.</source>
        <translation>已按最近一次接触结果预填；请按实际了解的情况修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="170" />
        <source>No contact recorded yet: judge from the file, or leave Unknown.</source>
        <translation>尚无接触记录：请根据案卷判断，或保留“未知”。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="175" />
        <source>Reason given to the core system: %1</source>
        <translation>核心系统登记的逾期原因：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>Factor</source>
        <translation>评分因素</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>This case</source>
        <translation>本案情况</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="192" />
        <source>Why: each factor's contribution</source>
        <translation>评分依据：各因素得分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="211" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="229" />
        <source>Why this action? (a supervisor reviews it)</source>
        <translation>为什么选择此措施？（主管会复核）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="236" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="239" />
        <source>Action to take</source>
        <translation>采取措施</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="240" />
        <source>Reason for the change</source>
        <translation>改选理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="245" />
        <source>Save assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="248" />
        <source>Save assessment (Ctrl+S)</source>
        <translation>保存评估（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="251" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="283" />
        <source>Do not visit: %1</source>
        <translation>暂停外访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="285" />
        <source>A complaint by this customer is open</source>
        <translation>该客户有未处理完的投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="287" />
        <source>No address to visit</source>
        <translation>没有可上门的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="302" />
        <source>%1 / 100</source>
        <translation>%1 / 100 分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="303" />
        <source>Grade %1 · %2</source>
        <translation>风险等级 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="305" />
        <source>Recommended: %1</source>
        <translation>建议措施：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="307" />
        <source>Scorecard version %1</source>
        <translation>评分卡版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="329" />
        <source>Score</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="331" />
        <source>%1 of %2 points</source>
        <translation>%1 分（满分 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="353" />
        <source>You chose another action than recommended (%1): give a reason of at least %2 characters.</source>
        <translation>所选措施与建议（%1）不同：请填写改选理由，至少 %2 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="357" />
        <source>The customer is on the do-not-visit list: choose another action.</source>
        <translation>该客户已列入禁止上门名单：请选择其他措施。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="359" />
        <source>There is no address to visit: choose another action.</source>
        <translation>没有可上门的地址：请选择其他措施。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="387" />
        <source>Assessment saved: grade %1, %2.</source>
        <translation>评估已保存：风险等级 %1，%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="462" />
        <source>Every open case is assessed already.</source>
        <translation>所有未结案件都已评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="465" />
        <source>Bulk assessment</source>
        <translation>批量风险评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="466" />
        <source>Assess %1 cases that have no assessment yet, from their data alone (willingness and ability unknown)?</source>
        <translation>对 %1 个尚未评估的案件做批量评估？（只用数据因素，还款意愿和能力按“未知”计）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="481" />
        <source>Bulk assessment cancelled: nothing was saved.</source>
        <translation>批量评估已取消：未保存任何评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="484" />
        <source>%1 cases assessed (%2).</source>
        <translation>已评估 %1 个案件（%2）。</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="60" />
        <source>Cooperative</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="60" />
        <source>Hesitant</source>
        <translation>犹豫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="61" />
        <source>Evasive</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="61" />
        <source>Refuses to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="62" />
        <location filename="../../desktop/views/assessment_dialog.py" line="66" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="65" />
        <source>Stable income</source>
        <translation>收入稳定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="65" />
        <source>Reduced income</source>
        <translation>收入减少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="66" />
        <source>No income</source>
        <translation>无收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Medium-low risk</source>
        <translation>中低风险</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Medium-high risk</source>
        <translation>中高风险</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="70" />
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="74" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="74" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="75" />
        <source>Months since last payment</source>
        <translation>距上次还款月数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="76" />
        <source>Broken promises (90 days)</source>
        <translation>近 90 天违约承诺次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="77" />
        <source>Failed contacts (90 days)</source>
        <translation>近 90 天联系失败次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="77" />
        <source>Contact lost</source>
        <translation>失联</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="78" />
        <source>Visitable address</source>
        <translation>可上门地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="78" />
        <source>Last visit outcome</source>
        <translation>上次外访结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="79" />
        <source>Willingness to pay</source>
        <translation>还款意愿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="79" />
        <source>Ability to pay</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="83" />
        <source>No visit yet</source>
        <translation>未外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="83" />
        <source>Met the borrower or family</source>
        <translation>已接触本人或家属</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="84" />
        <source>Refused</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="84" />
        <source>Nobody at home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="85" />
        <source>Moved / address invalid</source>
        <translation>已搬离/地址无效</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="88" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="88" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assessment_dialog.py" line="93" />
        <source>%n day(s) (%1)</source>
        <translation><numerusform>%n 天（%1）</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="98" />
        <source>Never paid</source>
        <translation>从未还款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assessment_dialog.py" line="98" />
        <source>%n month(s)</source>
        <translation><numerusform>%n 个月</numerusform></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="102" />
        <source>Assign %n case(s)</source>
        <translation><numerusform>分配 %n 个案件</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="104" />
        <source>Choose the collector who takes the %n selected case(s). A customer's other open cases stay with the same collector.</source>
        <translation><numerusform>选择接手所选 %n 个案件的催收员。同一客户的其他未结案件会一并交给该催收员。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="120" />
        <source>%1 (%2) · %n case(s) · %3</source>
        <translation><numerusform>%1（%2）· %n 个案件 · %3</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="124" />
        <source>current collector</source>
        <translation>当前催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="133" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="135" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="41" />
        <source>Bulk assessment</source>
        <translation>批量风险评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="42" />
        <source>Case assessed</source>
        <translation>案件风险评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="43" />
        <source>Assessment: other action chosen</source>
        <translation>评估：改选其他处置方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="44" />
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="45" />
        <source>Audit log viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="46" />
        <source>Backup made</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="47" />
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="48" />
        <source>Official day changed</source>
        <translation>调整法定节假日/调休</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="49" />
        <source>Case assigned</source>
        <translation>案件分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="50" />
        <source>Cases assigned automatically</source>
        <translation>自动分派案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="51" />
        <source>Case closed</source>
        <translation>案件结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="52" />
        <source>Next action date changed</source>
        <translation>修改了下一步行动日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="53" />
        <source>Note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="54" />
        <source>Case reopened</source>
        <translation>案件重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="55" />
        <source>Case status changed</source>
        <translation>案件状态变更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="56" />
        <source>Case viewed</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="57" />
        <source>Complaint recorded</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="58" />
        <source>Complaint resolved</source>
        <translation>投诉已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="59" />
        <source>Demo data created</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="60" />
        <source>Case list exported</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="61" />
        <source>Overdue export imported</source>
        <translation>导入逾期明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="62" />
        <source>Branch name mapped (import)</source>
        <translation>营业部名称对应（导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="63" />
        <source>Branch name mapping removed</source>
        <translation>取消营业部名称对应</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="64" />
        <source>Loan updated by import</source>
        <translation>导入更新贷款数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="65" />
        <source>Contact outcome recorded</source>
        <translation>登记催收结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="66" />
        <source>Payment recorded</source>
        <translation>登记还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="67" />
        <source>Payments file imported</source>
        <translation>导入还款明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="68" />
        <source>Full personal data viewed</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="69" />
        <source>Plan approved</source>
        <translation>批准还款方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="70" />
        <source>Plan made</source>
        <translation>制定还款方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="71" />
        <source>Plan installment paid</source>
        <translation>方案分期还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="72" />
        <source>Plan confirmation printed</source>
        <translation>打印还款计划确认书</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="73" />
        <source>Plan sent back</source>
        <translation>退回还款方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="74" />
        <source>Plan withdrawn</source>
        <translation>撤回还款方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="75" />
        <source>Promise to pay judged</source>
        <translation>判定还款承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="76" />
        <source>Unmasked report exported</source>
        <translation>导出未脱敏报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="77" />
        <source>Result code saved</source>
        <translation>保存结果代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="78" />
        <source>Built-in scorecard enabled</source>
        <translation>启用系统内置评分卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="79" />
        <source>Scorecard changed</source>
        <translation>修改评分卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80" />
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81" />
        <source>Task added</source>
        <translation>任务已添加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="82" />
        <source>Task done</source>
        <translation>完成跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="83" />
        <source>Task postponed</source>
        <translation>推迟跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="84" />
        <source>Follow-up tasks refreshed</source>
        <translation>刷新跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="85" />
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="86" />
        <source>User created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="87" />
        <source>User deactivated</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="88" />
        <source>Account locked (failed sign-ins)</source>
        <translation>账户锁定（多次登录失败）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="89" />
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="90" />
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="91" />
        <source>User reactivated</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="92" />
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="93" />
        <source>User changed</source>
        <translation>修改用户信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="94" />
        <source>Visit cancelled</source>
        <translation>取消外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="95" />
        <source>Visit done</source>
        <translation>外访完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="97" />
        <source>Visit changed</source>
        <translation>修改外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="98" />
        <source>Visit rescheduled</source>
        <translation>外访改期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="99" />
        <source>Visit marked notified</source>
        <translation>外访标记为已通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="100" />
        <source>Visit marked missed</source>
        <translation>外访标记为未执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="101" />
        <source>Visit set back to planned</source>
        <translation>外访恢复为已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="102" />
        <source>Plan broken (installments missed)</source>
        <translation>分期方案违约（逾期未还）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="103" />
        <source>Plan completed</source>
        <translation>分期方案履约完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="104" />
        <source>Plan back on track</source>
        <translation>分期方案恢复履约</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="105" />
        <source>Visit notice recorded</source>
        <translation>登记外访通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="106" />
        <source>Visit notices printed</source>
        <translation>打印上门拜访通知书</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="107" />
        <source>Visit booked with an approved exception</source>
        <translation>经批准例外安排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="108" />
        <source>Visiting rules changed</source>
        <translation>修改外访规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="109" />
        <source>Visit refused by the rules</source>
        <translation>外访被合规规则拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="110" />
        <source>Route sheet printed</source>
        <translation>打印外访路线单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="96" />
        <source>Visit booked</source>
        <translation>安排外访</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="160" />
        <location filename="../../desktop/views/audit_dialog.py" line="236" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="163" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="165" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="167" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="172" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="180" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="194" />
        <source>Verify hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="196" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="198" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit_dialog.py" line="232" />
        <source>%n event(s) shown (newest first, at most 1,000)</source>
        <translation><numerusform>显示 %n 条事件（最新在前，最多 1,000 条）</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="257" />
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit_dialog.py" line="263" />
        <source>%n event(s) exported to %1</source>
        <translation><numerusform>已导出 %n 条事件到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="245" />
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="246" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="125" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="182" />
        <source>Auto-assign unassigned cases</source>
        <translation>自动分配未分配案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="187" />
        <source>Each unassigned open case of the branch goes to an active collector, balancing the number of cases and the overdue total; a customer's cases stay with one collector. Nothing changes until you press Apply.</source>
        <translation>本营业部每个未分配的未结案件分给一位在岗催收员，兼顾案件数量和逾期总额的均衡；同一客户的案件归同一催收员。按“应用”之前不会修改任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="193" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="194" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="195" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="196" />
        <source>Proposed collector</source>
        <translation>拟分配催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="199" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="201" />
        <source>Cases before</source>
        <translation>分配前案件数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="202" />
        <source>Cases after</source>
        <translation>分配后案件数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="203" />
        <source>Overdue total before</source>
        <translation>分配前逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="204" />
        <source>Overdue total after</source>
        <translation>分配后逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="215" />
        <source>Cases and proposed collectors</source>
        <translation>案件及拟分配催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="220" />
        <source>Per collector</source>
        <translation>按催收员汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="229" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="231" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="234" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="258" />
        <source>Every open case of this branch has a collector — nothing to assign.</source>
        <translation>本营业部的未结案件都已分配催收员，没有需要分配的案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="261" />
        <source>%1 unassigned case(s), overdue total %2, go to %3 collector(s).</source>
        <translation>%1 个未分配案件，逾期总额 %2，分给 %3 位催收员。</translation>
    </message>
</context>
<context>
    <name>BehindModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="135" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>BranchAliasesTab</name>
    <message>
        <location filename="../../desktop/views/import_history.py" line="37" />
        <source>Branch names in the core system's files that mean an existing branch, as chosen in the import wizard. Rows with such a name are filed under that branch in every later import.</source>
        <translation>核心系统文件中的营业部名称与已有营业部的对应关系（在导入向导中选定）。以后每次导入，写这个名称的行都归入对应的营业部。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="41" />
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="41" />
        <source>Filed under</source>
        <translation>归入营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="42" />
        <source>Open cases of that branch</source>
        <translation>该营业部未结案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="91" />
        <source>Stop filing rows named “%1” under %2? Cases imported already stay where they are. The next import asks again which branch the name means; it does not move these cases into a new branch unless you choose to create one.</source>
        <translation>以后不再把「%1」的行归入%2？已导入的案件保持不变。下次导入时会再询问这个名称对应哪个营业部；除非你选择新建营业部，否则不会把这些案件移到新营业部。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="46" />
        <source>No branch names mapped. The import wizard asks when a file names a branch that does not exist.</source>
        <translation>还没有营业部名称对应关系。文件中出现不存在的营业部时，导入向导会询问。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="54" />
        <source>Remove mapping…</source>
        <translation>取消对应…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="90" />
        <source>Remove mapping</source>
        <translation>取消对应</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="407" />
        <source>Bulk assessment</source>
        <translation>批量风险评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="408" />
        <source>Assessing the selected cases…</source>
        <translation>正在评估所选案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="409" />
        <source>Assessing all cases not assessed yet…</source>
        <translation>正在评估所有未评估的案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="410" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="432" />
        <source>Assessed %1 of %2 cases…</source>
        <translation>已评估 %1 / %2 个案件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="436" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="182" />
        <source>Team: %1</source>
        <translation>外访人员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="186" />
        <source>Notified %1</source>
        <translation>已于 %1 通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="189" />
        <source>⚠ Visits stopped: %1. Cancel or move this visit.</source>
        <translation>⚠ 暂停外访：%1。请取消或改期这次外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="582" />
        <location filename="../../desktop/views/calendar.py" line="1303" />
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="589" />
        <location filename="../../desktop/views/calendar.py" line="861" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="592" />
        <location filename="../../desktop/views/calendar.py" line="864" />
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="868" />
        <source>%n visit(s)</source>
        <translation>%n 次外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="891" />
        <source>+%1 more</source>
        <translation>还有 %1 项</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1070" />
        <source>Go to today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1072" />
        <source>Go to today (T)</source>
        <translation>回到今天（T）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1077" />
        <source>Previous period (PgUp, Ctrl+←)</source>
        <translation>上一时段（PgUp、Ctrl+←）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1082" />
        <source>Next period (PgDn, Ctrl+→)</source>
        <translation>下一时段（PgDn、Ctrl+→）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1091" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1091" />
        <source>Month view (1 or M)</source>
        <translation>月视图（1 或 M）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1092" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1092" />
        <source>Week view (2 or W)</source>
        <translation>周视图（2 或 W）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1093" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1093" />
        <source>Day view (3 or D)</source>
        <translation>日视图（3 或 D）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1110" />
        <source>All branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1121" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1122" />
        <source>Open (planned or notified)</source>
        <translation>未完成（已计划或已通知）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1125" />
        <source>New visit…</source>
        <translation>新建外访…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1127" />
        <source>Plan a visit (Ctrl+N)</source>
        <translation>安排外访（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1130" />
        <source>Notices of the day…</source>
        <translation>打印当日通知书…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1132" />
        <source>Print the visit notices of the day shown (day view)</source>
        <translation>打印所显示日期的全部上门拜访通知书（日视图）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1174" />
        <source>Drag a visit to move it · double-click an empty slot to plan one · right-click a visit for the notice, status and route sheet</source>
        <translation>拖动外访可改期 · 双击空白时段新建外访 · 右键外访可登记通知、改状态、打印路线单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1233" />
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1293" />
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1298" />
        <source>%1/%2/%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1305" />
        <source>%1 – %2 (week %3)</source>
        <translation>%1 至 %2（第 %3 周）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1346" />
        <source>No visits in this period — double-click an empty slot or press Ctrl+N to plan one.</source>
        <translation>此时段没有外访 — 双击空白时段或按 Ctrl+N 安排外访。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar.py" line="1348" />
        <source>%n visit(s) · %1 not yet notified</source>
        <translation><numerusform>%n 次外访 · %1 次尚未通知客户</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1397" />
        <source>Visit planned</source>
        <translation>外访已安排</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1407" />
        <source>Visit saved</source>
        <translation>外访已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1423" />
        <source>The visit was not moved</source>
        <translation>外访未改期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1424" />
        <source>%1 at %2 breaks these rules; the visit stays at %3.</source>
        <translation>%1 改到 %2 违反以下规则，外访仍保持在 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1433" />
        <source>Visit moved to %1</source>
        <translation>外访已改到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1439" />
        <source>New visit at %1</source>
        <translation>在 %1 新建外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1452" />
        <source>Edit visit…</source>
        <translation>编辑外访…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1455" />
        <source>Open the case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1459" />
        <source>Record notice…</source>
        <translation>登记通知…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1463" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1467" />
        <source>Mark missed…</source>
        <translation>标记为未执行…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1471" />
        <source>Cancel visit…</source>
        <translation>取消外访…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1476" />
        <source>Print the visit notice…</source>
        <translation>打印上门拜访通知书…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1482" />
        <source>Route sheet of the day</source>
        <translation>当日外访路线单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1508" />
        <source>Notice recorded: %1, %2</source>
        <translation>已登记通知：%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1519" />
        <source>Cancel visit</source>
        <translation>取消外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1519" />
        <source>Visit missed</source>
        <translation>外访未执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1520" />
        <source>Why is the visit cancelled? (kept in the audit log)</source>
        <translation>取消外访的原因（记入审计日志）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1521" />
        <source>Why did the visit not take place?</source>
        <translation>外访未执行的原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1527" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1535" />
        <source>Visit marked: %1</source>
        <translation>外访已标记为：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1549" />
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1551" />
        <source>%1 saved: %2</source>
        <translation>%1已保存：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1556" />
        <source>Save the visit notice in…</source>
        <translation>上门拜访通知书保存到…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1567" />
        <source>Visit notice</source>
        <translation>上门拜访通知书</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1574" />
        <source>Save the route sheet in…</source>
        <translation>外访路线单保存到…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1585" />
        <source>Route sheet</source>
        <translation>外访路线单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1592" />
        <source>Save the day's visit notices in…</source>
        <translation>当日上门拜访通知书保存到…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1603" />
        <source>Visit notices</source>
        <translation>上门拜访通知书</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="43" />
        <source>Visit saved: it is on the calendar.</source>
        <translation>外访已保存，可在日程中查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="70" />
        <source>Task added to your list.</source>
        <translation>任务已添加到你的待办。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="71" />
        <source>Task added to %1's list.</source>
        <translation>任务已添加到 %1 的待办。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="97" />
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="98" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="99" />
        <source>Schedule visit</source>
        <translation>安排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="100" />
        <source>Log contact</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="101" />
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="102" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="103" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="104" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="110" />
        <source>Assess selected cases (data only)…</source>
        <translation>批量评估所选案件（仅数据因素）…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="111" />
        <source>Schedule visits for selected cases…</source>
        <translation>为所选案件安排外访…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="112" />
        <source>Assign selected cases to a collector…</source>
        <translation>将所选案件分配给催收员…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="39" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="40" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="51" />
        <location filename="../../desktop/views/casedetail.py" line="53" />
        <source>Reveal</source>
        <translation>查看完整</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="79" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="80" />
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="81" />
        <source>Home address</source>
        <translation>家庭地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="82" />
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="83" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="84" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="85" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="86" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="87" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="88" />
        <source>Overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="89" />
        <source>Overdue interest</source>
        <translation>逾期利息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="90" />
        <source>Penalty interest</source>
        <translation>逾期罚息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="91" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="92" />
        <source>Outstanding principal</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="93" />
        <source>First overdue date</source>
        <translation>首次逾期日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="94" />
        <source>Last payment</source>
        <translation>最近还款日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="95" />
        <source>Delinquency reason</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="96" />
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="97" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="99" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="101" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="109" />
        <location filename="../../desktop/views/casedetail.py" line="125" />
        <source>Timeline</source>
        <translation>客户时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="124" />
        <source>Customer and loan</source>
        <translation>客户与贷款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="185" />
        <source> (+%n other loan(s))</source>
        <translation><numerusform>（另有 %n 笔贷款）</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="188" />
        <location filename="../../desktop/views/casedetail.py" line="189" />
        <source>— none</source>
        <translation>— 无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="193" />
        <source>Do not visit: %1</source>
        <translation>暂停外访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="195" />
        <source>No address — cannot be scheduled for a visit</source>
        <translation>没有地址 — 无法安排外访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="199" />
        <source>%n day(s) (%1), as of %2</source>
        <translation><numerusform>%n 天（%1），数据日期 %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="206" />
        <source>(as of %1; %2 paid since)</source>
        <translation>（截至 %1；此后已登记还款 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="213" />
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="214" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="220" />
        <source>Reveal personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="221" />
        <source>Why do you need the full value? (recorded in the audit log)</source>
        <translation>为什么需要查看完整信息？（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../desktop/views/case_export.py" line="33" />
        <location filename="../../desktop/views/case_export.py" line="46" />
        <source>Case list</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="48" />
        <location filename="../../desktop/views/case_export.py" line="75" />
        <source>Export case list</source>
        <translation>导出案件清单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="49" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="57" />
        <source>Exporting the case list…</source>
        <translation>正在导出案件清单…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="57" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="66" />
        <source>%1 cases exported to %2 (personal data masked)</source>
        <translation>已导出 %1 个案件到 %2（个人信息已脱敏）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="72" />
        <source>Export cancelled — no file was written</source>
        <translation>导出已取消，未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="76" />
        <source>The case list could not be saved: %1</source>
        <translation>无法保存案件清单：%1</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="54" />
        <source>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</source>
        <translation>搜索合同编号、姓名、手机号、证件号后四位、地址…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="56" />
        <source>Contract number or its digits, customer name (one character is enough), mobile (full or as shown, 138****5678), ID number (full or as shown) or its last 4 digits, address words (3 characters or more). Ctrl+F</source>
        <translation>合同编号或其中的数字、客户姓名（一个字即可）、手机号（完整或脱敏形式，如 138****5678）、证件号（完整或脱敏形式）或后四位、地址中的词（至少 3 个字）。Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="61" />
        <source>All buckets</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="66" />
        <source>All open</source>
        <translation>全部未结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="71" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="73" />
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="76" />
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="77" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="83" />
        <source>All branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="87" />
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="122" />
        <location filename="../../desktop/views/casepage.py" line="201" />
        <source>No cases yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>还没有案件 — 导入核心系统逾期明细（文件 ▸ 导入…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="198" />
        <source>No matching cases — change the search or the filters.</source>
        <translation>没有符合条件的案件 — 请修改搜索词或筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="202" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casepage.py" line="216" />
        <source>%Ln case(s) · overdue total %1</source>
        <translation><numerusform>共 %Ln 个案件 · 逾期总额 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="227" />
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="257" />
        <source>Select one or more cases first</source>
        <translation>请先选择一个或多个案件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casepage.py" line="276" />
        <source>%n selected case(s)</source>
        <translation><numerusform>已选 %n 个案件</numerusform></translation>
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
        <location filename="../../desktop/views/security.py" line="34" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="35" />
        <source>Your password was reset by an administrator. Choose a new one to continue.</source>
        <translation>管理员已重置你的密码。请设置新密码后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="36" />
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="48" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="49" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="50" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="51" />
        <source>At least 8 characters with letters and digits.</source>
        <translation>至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="65" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="318" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="318" />
        <source>Account name (payee)</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="319" />
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="319" />
        <source>Account number</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="320" />
        <source>Verification hotline</source>
        <translation>核实电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="320" />
        <source>Complaint hotline</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="323" />
        <source>Printed on every visit notice: borrowers pay only into this account, and can call the hotline to verify the collectors.</source>
        <translation>印在每份外访通知书上：借款人只向此账户还款，并可拨打核实电话核实外访人员身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="333" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="337" />
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="338" />
        <source>Lock the window after idle</source>
        <translation>空闲多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="339" />
        <source>Grace days before a promise is judged</source>
        <translation>承诺到期后的宽限天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="340" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="366" />
        <source>Company and security settings saved</source>
        <translation>公司与安全设置已保存</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="454" />
        <source>Record complaint — %1</source>
        <translation>登记投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="458" />
        <source>— not about a visit —</source>
        <translation>— 与外访无关 —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="463" />
        <source>— nobody in particular —</source>
        <translation>— 不针对具体人员 —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="468" />
        <source>When, who, and what the customer complains about.</source>
        <translation>时间、人员、客户投诉的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="469" />
        <source>The customer will not be visited until a supervisor resolves the complaint.</source>
        <translation>主管处理完投诉之前，不会再对该客户外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="473" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="474" />
        <source>Visit</source>
        <translation>外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="475" />
        <source>Against</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="476" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="478" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="479" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="489" />
        <source>Complaint recorded; visits to this customer are paused.</source>
        <translation>投诉已登记，该客户的外访已暂停。</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Against</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="150" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="150" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="159" />
        <source>Awaiting resolution</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="159" />
        <source>Resolved: %1</source>
        <translation>已处理：%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="55" />
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="60" />
        <source>Last %1 weeks</source>
        <translation>最近 %1 周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="62" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="96" />
        <source>The dashboard is for supervisors and managers.</source>
        <translation>工作台图表仅供主管和经理查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="100" />
        <source>All branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="227" />
        <source>Open cases by bucket</source>
        <translation>各账龄在催案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="228" />
        <source>Open cases</source>
        <translation>在催案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="228" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="230" />
        <source>Visits and outcomes per week</source>
        <translation>每周外访与结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="231" />
        <source>Visits done</source>
        <translation>已完成外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="232" />
        <source>Contacted</source>
        <translation>有接触</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="233" />
        <source>Promises</source>
        <translation>取得承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="233" />
        <source>Visits</source>
        <translation>外访次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="235" />
        <source>Promise kept rate per week</source>
        <translation>每周承诺兑现率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="237" />
        <source>Kept rate (by count)</source>
        <translation>兑现率（笔数）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="237" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="240" />
        <source>¥ thousand</source>
        <translation>千元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="242" />
        <source>Amount recovered per week</source>
        <translation>每周回款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="243" />
        <source>Amount recovered</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="239" />
        <source>¥10,000</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="256" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="271" />
        <source>No open cases yet — import the core system's overdue list.</source>
        <translation>还没有在催案件 — 导入核心系统逾期明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="276" />
        <source>%1 · as of %2</source>
        <translation>%1 · 截至 %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/views/common.py" line="108" />
        <source>VisitDesk</source>
        <translation>VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="110" />
        <location filename="../../desktop/views/common.py" line="112" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="114" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="234" />
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="235" />
        <source>The overdue export of the core lending system (逾期客户明细), as an Excel workbook (.xlsx) or a CSV file. Nothing is written until you press Import.</source>
        <translation>核心系统导出的逾期客户明细，Excel 工作簿（.xlsx）或 CSV 文件。按“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="238" />
        <source>Choose an .xlsx or .csv file…</source>
        <translation>选择 .xlsx 或 .csv 文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="241" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="249" />
        <source>Use this data date instead of the one in the file:</source>
        <translation>使用此数据日期，而不用文件中的日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="259" />
        <source>Normally leave this off: the data date is read from the 数据日期 line above the header, and is today's date when the file has none.</source>
        <translation>一般不必勾选：数据日期取自表头上方的「数据日期」一行；文件中没有时按当天。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="262" />
        <source>Skip invalid rows (import the valid rows, report the others)</source>
        <translation>跳过无效行（导入有效行，报告其余行）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="263" />
        <source>Full snapshot: close open cases that are not in this file</source>
        <translation>全量快照：不在此文件中的未结案件按出催结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="264" />
        <source>Tick this only when the file lists every overdue loan of its branches: open cases of those branches whose contract is not in the file are closed as cured (出催).</source>
        <translation>仅当文件包含所涉营业部的全部逾期贷款时才勾选：这些营业部中合同不在文件里的未结案件将按出催结案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="267" />
        <source>Full snapshot is on: cases missing from this file will be closed as cured.</source>
        <translation>已选全量快照：文件中没有的案件将按出催结案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="272" />
        <source>Save the import template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="273" />
        <source>An empty workbook with the standard headers and a sheet explaining each column</source>
        <translation>含标准表头的工作簿，另有一页逐列填写说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="280" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="284" />
        <source>Data date</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="288" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="298" />
        <source>Choose the overdue export</source>
        <translation>选择逾期明细文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="299" />
        <source>Overdue export (*.xlsx *.csv);;All files (*)</source>
        <translation>逾期明细 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="314" />
        <source>The file %1 does not exist: choose it again with Browse….</source>
        <translation>文件 %1 不存在：请用“浏览…”重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="318" />
        <source>%1 is not an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Borrower</source>
        <translation>借款人本人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="20" />
        <source>Nobody</source>
        <translation>未见到任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <source>Cooperative</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Evasive</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="24" />
        <source>Hostile</source>
        <translation>敌对</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Willing</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Hesitant</source>
        <translation>犹豫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="28" />
        <source>Refuses to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="28" />
        <location filename="../../desktop/views/followup_labels.py" line="32" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="31" />
        <source>Stable income</source>
        <translation>收入稳定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="31" />
        <source>Reduced income</source>
        <translation>收入减少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="32" />
        <source>No income</source>
        <translation>无收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="35" />
        <source>Phone follow-up</source>
        <translation>电话跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="35" />
        <source>Visit again</source>
        <translation>再次上门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="36" />
        <source>Wait for the payment</source>
        <translation>等待还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="36" />
        <location filename="../../desktop/views/followup_labels.py" line="55" />
        <source>Re-assess</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="37" />
        <source>Make an installment plan</source>
        <translation>制定分期方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="37" />
        <source>Refer to legal</source>
        <translation>转法务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="38" />
        <source>No follow-up needed</source>
        <translation>无需跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="41" />
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Visit</source>
        <translation>外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="41" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Company app</source>
        <translation>公司App</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Branch counter</source>
        <translation>营业部柜台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="45" />
        <source>Direct debit</source>
        <translation>银行代扣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="45" />
        <source>Other company channel</source>
        <translation>其他公司渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Partly kept</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Awaiting payment</source>
        <translation>待履行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="49" />
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="52" />
        <source>Promise due</source>
        <translation>承诺即将到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="52" />
        <source>Broken promise</source>
        <translation>承诺未履行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="53" />
        <source>Installment due</source>
        <translation>分期即将到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="53" />
        <source>Installment missed</source>
        <translation>分期逾期未还</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="54" />
        <source>Send visit notice</source>
        <translation>外访前发通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="54" />
        <source>Log visit outcome</source>
        <translation>登记外访结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="55" />
        <source>Plan broken</source>
        <translation>分期方案违约</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="56" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="63" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Plans</source>
        <translation>催收方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Visits</source>
        <translation>外访次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Notices</source>
        <translation>外访通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Outcomes</source>
        <translation>外访/电话结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Promises</source>
        <translation>取得承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Payments</source>
        <translation>还款明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="69" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="69" />
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="70" />
        <source>Data reveals</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="70" />
        <source>Case changes</source>
        <translation>案件变更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Contact detail</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="77" />
        <source>Case change</source>
        <translation>案件变更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Reveal</source>
        <translation>查看完整</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="81" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="81" />
        <source>missed</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="84" />
        <source>Home address</source>
        <translation>家庭地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="84" />
        <source>Work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="85" />
        <source>Other address</source>
        <translation>其他地址</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/views/import_history.py" line="107" />
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Data date</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>New</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Closed as cured</source>
        <translation>出催结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="116" />
        <source>No imports yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>还没有导入记录 — 导入核心系统逾期明细（文件 ▸ 导入…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="124" />
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="125" />
        <source>Branch names</source>
        <translation>营业部名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="130" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="133" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="146" />
        <source>Overdue</source>
        <translation>逾期明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="146" />
        <source>Payments</source>
        <translation>还款明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="159" />
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="163" />
        <source>Batch #%1 · SHA-256 %2</source>
        <translation>批次 #%1 · SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history.py" line="169" />
        <source>%n import(s), newest first</source>
        <translation><numerusform>共 %n 次导入，最新的在前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history.py" line="174" />
        <source>%n branch name(s) mapped</source>
        <translation><numerusform>共 %n 个营业部名称对应</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="765" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="766" />
        <source>The checked rows are written in one transaction.</source>
        <translation>校验通过的行在一个事务中写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>New</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="777" />
        <source>Invalid (left out)</source>
        <translation>无效（未导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="777" />
        <source>Closed as cured</source>
        <translation>出催结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="778" />
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="778" />
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="792" />
        <source>Import again</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="814" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="820" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="828" />
        <source>Import stopped. The database was not changed.</source>
        <translation>导入已停止，数据库未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="830" />
        <source>Import failed, the database was not changed: %1</source>
        <translation>导入失败，数据库未做任何修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="844" />
        <source>Imported %1 (data date %2).</source>
        <translation>已导入 %1（数据日期 %2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_wizard.py" line="848" />
        <source>Nothing was imported: %Ln invalid row(s).</source>
        <translation><numerusform>未导入任何数据：有 %Ln 行无效。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="855" />
        <source>This file had already been imported on %1 by %2 (batch #%3).</source>
        <translation>该文件此前已于 %1 由 %2 导入过（批次 #%3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="856" />
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="861" />
        <source>Filed under existing branches: %1</source>
        <translation>归入已有营业部：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="861" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="864" />
        <source>New branches: %1</source>
        <translation>新建营业部：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="866" />
        <source>Ignored columns: %1</source>
        <translation>忽略的列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="868" />
        <source>Recorded as import batch #%1 (File ▸ Import history).</source>
        <translation>已记为导入批次 #%1（文件 ▸ 导入历史）。</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1025" />
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1028" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1036" />
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1043" />
        <source>Import template saved to %1</source>
        <translation>导入模板已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="887" />
        <source>Import overdue export</source>
        <translation>导入逾期明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="892" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="893" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="894" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="895" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="918" />
        <source>%1 — the date you entered</source>
        <translation>%1 — 您指定的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="920" />
        <source>(the file says %1)</source>
        <translation>（文件中写的是 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="923" />
        <source>%1 — from the 数据日期 line above the header</source>
        <translation>%1 — 取自表头上方的「数据日期」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="924" />
        <source>%1 — the file states no data date, so today's date is used</source>
        <translation>%1 — 文件未写明数据日期，按当天</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="206" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="207" />
        <source>Stop now; nothing is written to the database</source>
        <translation>立即停止；不会写入数据库</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>New</source>
        <translation>新案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Planned</source>
        <translation>已制定方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="45" />
        <source>Visit scheduled</source>
        <translation>已排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="45" />
        <source>Visited</source>
        <translation>已外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>Promised</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>On plan</source>
        <translation>分期履约中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="50" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="50" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="51" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="51" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Plan agreed</source>
        <translation>同意分期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Paid</source>
        <translation>已还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Refused</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Hardship claimed</source>
        <translation>声称困难</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>Not at home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>Moved</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>No answer</source>
        <translation>电话无人接听</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="58" />
        <source>Third party only</source>
        <translation>仅接触第三方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="59" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="63" />
        <source>Complaint under review</source>
        <translation>投诉处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="63" />
        <source>Legal proceedings</source>
        <translation>诉讼程序中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="64" />
        <source>Deceased</source>
        <translation>借款人已故</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="64" />
        <source>Hardship plan in good standing</source>
        <translation>困难帮扶计划履约中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="68" />
        <source>Phone follow-up</source>
        <translation>电话跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="68" />
        <source>On-site visit</source>
        <translation>上门催收</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="69" />
        <source>Hardship plan</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="69" />
        <source>Legal referral</source>
        <translation>法务转介</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="70" />
        <source>Hold</source>
        <translation>暂缓</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="81" />
        <source>VisitDesk is locked</source>
        <translation>VisitDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="83" />
        <source>The window was locked after a period without activity. Enter the password of %1 to continue.</source>
        <translation>长时间无操作，窗口已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="92" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="93" />
        <source>Quit VisitDesk</source>
        <translation>退出 VisitDesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login.py" line="26" />
        <source>VisitDesk — Sign in</source>
        <translation>VisitDesk — 登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="28" />
        <source>VisitDesk · On-site collection case management</source>
        <translation>VisitDesk · 上门催收案件管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="40" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="41" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="43" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="44" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="57" />
        <source>Enter your login name and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="74" />
        <source>You must choose a new password before you can continue.</source>
        <translation>必须先设置新密码才能继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="55" />
        <source>VisitDesk — On-site collection case management</source>
        <translation>VisitDesk — 上门催收案件管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="72" />
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="149" />
        <source>Today's work</source>
        <translation>今日工作</translation>
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
        <location filename="../../desktop/views/mainwindow.py" line="173" />
        <source>Visit calendar</source>
        <translation>外访日程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <location filename="../../desktop/views/mainwindow.py" line="185" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="91" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="90" />
        <source>all branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="99" />
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="150" />
        <source>Administrators do no case work: users, policy and company settings are on the Settings page, the audit log under Tools.</source>
        <translation>管理员不处理案件：用户、规则和公司设置在“设置”页，审计日志在“工具”菜单。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="164" />
        <source>Worklist</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="165" />
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="174" />
        <source>Visits are scheduled by collectors, supervisors and managers.</source>
        <translation>外访由催收员、主管和经理安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="186" />
        <source>Reports are for supervisors and managers. Your own cases, visits and tasks are on the other pages.</source>
        <translation>报表供主管和经理使用。你的案件、外访和任务在其他页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="212" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="214" />
        <source>&amp;Import overdue export…</source>
        <translation>导入逾期明细(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="217" />
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="220" />
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="225" />
        <source>&amp;Export case list…</source>
        <translation>导出案件清单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="230" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="235" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="236" />
        <source>&amp;Search cases</source>
        <translation>搜索案件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="239" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="250" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="259" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="261" />
        <source>Assess all &amp;unassessed cases…</source>
        <translation>评估全部未评估案件(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="262" />
        <source>Auto-&amp;assign unassigned cases…</source>
        <translation>自动分配未分配案件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="263" />
        <source>Plan appro&amp;vals…</source>
        <translation>方案审批(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="271" />
        <source>Au&amp;dit log…</source>
        <translation>审计日志(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="275" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="278" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="279" />
        <source>&amp;About VisitDesk</source>
        <translation>关于 VisitDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="331" />
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="339" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="340" />
        <source>The language will change the next time VisitDesk starts.</source>
        <translation>界面语言将在下次启动 VisitDesk 时切换。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="343" />
        <source>About VisitDesk</source>
        <translation>关于 VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="344" />
        <source>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</source>
        <translation>VisitDesk %1 — 上门催收案件管理。
字体：思源黑体 Noto Sans SC（SIL 开源字体许可 1.1）。</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="234" />
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="244" />
        <source>What to do, e.g. call the employer to confirm the new job</source>
        <translation>要做什么，例如：致电新单位核实工作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="256" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="257" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="258" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="259" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="261" />
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="262" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1026" />
        <source>Record the visit notice</source>
        <translation>登记外访通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1035" />
        <source>Notified by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1036" />
        <source>Notified at</source>
        <translation>通知时间</translation>
    </message>
</context>
<context>
    <name>OfficialDaysTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Holiday or arrangement</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="470" />
        <source>Day off (holiday)</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="471" />
        <source>Make-up working day (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="474" />
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="475" />
        <source>Add / change</source>
        <translation>添加/修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="478" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="482" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="491" />
        <source>The State Council publishes next year's holidays each November. Until the chinesecalendar package covers a year, enter its days off and make-up working days here; an entry always wins.</source>
        <translation>国务院每年 11 月前后公布下一年的放假安排。在 chinesecalendar 组件收录该年份之前，请在此录入放假日和调休上班日；此表中的记录总是优先。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="508" />
        <source>The arrangement for %1 is incomplete: some statutory holidays are not entered as days off yet.</source>
        <translation>%1 年的放假安排尚未录入完整：部分法定节假日还没有录入为放假。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="511" />
        <source>The State Council's arrangement for %1 has not been entered: computed statutory holidays are used until it is.</source>
        <translation>%1 年的国务院放假安排尚未录入：在录入之前按计算的法定节假日处理。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="90" />
        <source>Log contact — %1</source>
        <translation>登记接触结果 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="92" />
        <source>%1 · contract %2 · overdue %3 · %4</source>
        <translation>%1 · 合同 %2 · 逾期 %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="101" />
        <source>Phone contact</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="103" />
        <source>Visit %1</source>
        <translation>外访 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="117" />
        <location filename="../../desktop/views/outcome_dialog.py" line="122" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="137" />
        <location filename="../../desktop/views/outcome_dialog.py" line="264" />
        <source>Who was met</source>
        <translation>见到了谁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="139" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="140" />
        <source>Attitude</source>
        <translation>客户态度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="141" />
        <source>Willingness to pay</source>
        <translation>还款意愿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="142" />
        <source>Ability to pay</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="145" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="149" />
        <source>e.g. 1500.00</source>
        <translation>例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="153" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="154" />
        <source>Pay by</source>
        <translation>承诺还款日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="155" />
        <source>Within %1 days; the promise is judged from the payments after the due date and the grace day.</source>
        <translation>须在 %1 天内；到期日及宽限日过后，按实际回款判定承诺是否履行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="164" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="170" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="172" />
        <source>Next action</source>
        <translation>下次行动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="134" />
        <source>This contact</source>
        <translation>本次接触</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="136" />
        <source>Contact type</source>
        <translation>接触方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="173" />
        <source>Next action date</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="176" />
        <source>Our conduct at the visit</source>
        <translation>外访人员行为规范</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="178" />
        <source>Work ID shown</source>
        <translation>已出示工作证</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="180" />
        <source>Recording on throughout</source>
        <translation>全程录音</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="182" />
        <source>Did not enter without consent</source>
        <translation>未经同意未进入室内</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="186" />
        <source>Recording file or device number</source>
        <translation>录音文件名或设备编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="191" />
        <source>Recording ref.</source>
        <translation>录音编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="193" />
        <source>⚠ An unticked item is recorded and shown to the supervisor.</source>
        <translation>⚠ 未勾选的项目会被记录并提示主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="199" />
        <source>New contact details learnt</source>
        <translation>获知的新联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="206" />
        <source>New address (kept in the history)</source>
        <translation>新地址（保留在历史中）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="209" />
        <source>New mobile number (stored encrypted)</source>
        <translation>新手机号码（加密保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="213" />
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="218" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="221" />
        <source>What the customer said: the real reason, the difficulty, what was agreed.</source>
        <translation>客户说了什么：真实原因、遇到的困难、达成的约定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="238" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="240" />
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="264" />
        <source>Who answered</source>
        <translation>接电话的是谁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="265" />
        <source>Nobody answered</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="288" />
        <source>Promise amount: %1</source>
        <translation>承诺金额：%1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="354" />
        <source>Record payment — %1</source>
        <translation>登记回款 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="356" />
        <source>%1 · contract %2 · overdue %3</source>
        <translation>%1 · 合同 %2 · 逾期 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="361" />
        <source>Promise %1 due %2 (paid %3)</source>
        <translation>承诺 %1，%2 到期（已还 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="364" />
        <source>Installment %1: %2 due %3 (paid %4)</source>
        <translation>分期第 %1 期：%2，%3 到期（已还 %4）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="366" />
        <source>No open promise or installment: the payment is recorded against the loan only.</source>
        <translation>没有待履行的承诺或分期：回款只记在贷款上。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="370" />
        <source>The money goes to open promises first, then to plan installments, oldest first. Only payments into the company's account are recorded — never cash.</source>
        <translation>回款先冲抵待履行的承诺，再冲抵分期，均按到期日从早到晚。只登记还入公司账户的款项——绝不收取现金。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="376" />
        <source>e.g. 1500.00</source>
        <translation>例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="385" />
        <source>From the bank or app receipt</source>
        <translation>见银行或 App 回单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="387" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="388" />
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="389" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="390" />
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="391" />
        <source>Open promises and installments</source>
        <translation>待履行的承诺和分期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="394" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="395" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="413" />
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="416" />
        <source>Amount above the overdue total</source>
        <translation>金额超过逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="417" />
        <source>%1 is more than the overdue total of %2. Record it anyway? (Right for an early settlement of the outstanding principal; otherwise correct the amount.)</source>
        <translation>%1 超过逾期总额 %2。仍要登记吗？（提前结清剩余本金时是对的；否则请更正金额。）</translation>
    </message>
</context>
<context>
    <name>PlanApprovalsDialog</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="415" />
        <source>Plans waiting for approval</source>
        <translation>待审批的方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>To repay</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Approval</source>
        <translation>审批级别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Made by</source>
        <translation>制定人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Made at</source>
        <translation>制定时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="432" />
        <source>No plan is waiting for approval.</source>
        <translation>没有待审批的方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="450" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="453" />
        <source>Approve (Ctrl+Enter)</source>
        <translation>批准（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="454" />
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="456" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="503" />
        <source>Plans waiting for approval: %1</source>
        <translation>待审批的方案：%1 个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="523" />
        <source>Interest %1</source>
        <translation>利息 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="524" />
        <source>Penalty %1</source>
        <translation>罚息 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="525" />
        <source>Principal %1</source>
        <translation>本金 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="526" />
        <source>%1 · %2
Waiver: %3</source>
        <translation>%1 · %2
减免：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="527" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="529" />
        <source>Overdue total %1 · %n day(s) past due</source>
        <translation><numerusform>逾期总额 %1 · 逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="531" />
        <source> · the waiver is %1 of it</source>
        <translation> · 减免占其 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="541" />
        <source>Goals: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="547" />
        <source>Above the customer's monthly capacity of %1 in %n month(s).</source>
        <translation><numerusform>有 %n 个月的应还金额超出客户月还款能力 %1。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="556" />
        <source>Down payment</source>
        <translation>首付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="562" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="574" />
        <source>Approve the plan for %1 (%2) and waive %3 of the debt?</source>
        <translation>批准 %1（%2）的方案，并减免欠款 %3？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="577" />
        <source>This includes %1 of principal.</source>
        <translation>其中包括本金 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="578" />
        <source>Approve plan</source>
        <translation>批准方案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="588" />
        <source>Plan approved: %1; %n booked visit(s) called off.</source>
        <translation><numerusform>方案已审批通过：%1；已取消已安排的外访 %n 次。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="591" />
        <source>Plan approved: %1.</source>
        <translation>方案已批准：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="598" />
        <source>Send the plan back</source>
        <translation>退回方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="599" />
        <source>Why? (the author sees it and corrects the plan)</source>
        <translation>退回理由（制定人会看到并修改方案）：</translation>
    </message>
</context>
<context>
    <name>PlanBuilderDialog</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="105" />
        <source>Installment plan — %1</source>
        <translation>分期还款计划 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="110" />
        <source>Overdue principal %1 · interest %2 · penalty %3 · total %4 (as of %5)</source>
        <translation>逾期本金 %1 · 利息 %2 · 罚息 %3 · 合计 %4（截至 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="125" />
        <source> installments</source>
        <translation> 期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="135" />
        <source>What he says he can pay a month</source>
        <translation>客户自述每月能还的金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="136" />
        <source>Terms</source>
        <translation>还款条件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="138" />
        <source>Amount to repay</source>
        <translation>还款总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="139" />
        <location filename="../../desktop/views/plan_dialog.py" line="296" />
        <source>Down payment</source>
        <translation>首付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="140" />
        <source>Number of installments</source>
        <translation>分期期数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="141" />
        <source>Frequency</source>
        <translation>还款频率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="142" />
        <source>First due date</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="143" />
        <source>Monthly capacity</source>
        <translation>月还款能力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="148" />
        <source>Waivers (减免)</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="150" />
        <source>Interest (up to %1)</source>
        <translation>利息（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="151" />
        <source>Penalty (up to %1)</source>
        <translation>罚息（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="152" />
        <source>Principal (up to %1)</source>
        <translation>本金（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="156" />
        <source>Goals, e.g. keep the plan for three months, then review</source>
        <translation>方案目标，例如：按期履约三个月后复核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="162" />
        <source>Goals</source>
        <translation>方案目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="170" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="193" />
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="202" />
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="205" />
        <source>Save plan (Ctrl+S)</source>
        <translation>保存方案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="207" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="218" />
        <source>This case already has a pending or active plan (#%1): reject or withdraw it, or wait until it ends, before making a new one.</source>
        <translation>该案件已有待审批或执行中的还款方案（#%1）：请先退回或撤回，或等它结束后再制定新方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="225" />
        <source>Withdraw plan #%1…</source>
        <translation>撤回方案 #%1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="283" />
        <source> (it waives principal)</source>
        <translation>（含本金减免）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="288" />
        <source> (the waiver is %1 % of the amount, above %2 %)</source>
        <translation>（减免占应还金额的 %1%，超过 %2%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="302" />
        <source>Above monthly capacity</source>
        <translation>超出月还款能力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="310" />
        <source>To repay %1 in %2 installments (%3)</source>
        <translation>应还 %1，分 %2 期（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="313" />
        <source>, %1 down</source>
        <translation>，首付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="315" />
        <source>; waiver %1</source>
        <translation>；减免 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="323" />
        <source>: the plan stays pending until it is approved.</source>
        <translation>：审批通过前方案不生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="324" />
        <source>The %n visit(s) booked for this case will be called off when it is approved.</source>
        <translation><numerusform>审批通过后，该案件已安排的 %n 次外访将被取消。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="328" />
        <source>No waiver: the plan is active as soon as it is saved.</source>
        <translation>无减免：保存后方案立即生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="329" />
        <source>The %n visit(s) booked for this case will be called off.</source>
        <translation><numerusform>该案件已安排的 %n 次外访将被取消。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="334" />
        <source>%1 months, %2 to %3</source>
        <translation>%1 个月（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="334" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="336" />
        <source>Above the monthly capacity of %1 in %2 — the customer may not keep this plan.</source>
        <translation>%2的应还金额超出月还款能力 %1——客户可能无法履约。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="345" />
        <source>Withdraw plan</source>
        <translation>撤回方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="346" />
        <source>Withdraw your pending plan #%1? It will not be approved; you can then save a new one.</source>
        <translation>撤回你待审批的方案 #%1？撤回后不再审批，你可以保存新的方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="357" />
        <source>Plan #%1 withdrawn: the new plan can be saved.</source>
        <translation>方案 #%1 已撤回：现在可以保存新方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="393" />
        <source>Plan saved and pending approval.</source>
        <translation>方案已保存，等待审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="399" />
        <source>Plan saved and active.</source>
        <translation>方案已保存并生效。</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="78" />
        <source>Needs a supervisor's approval</source>
        <translation>需主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="79" />
        <source>Needs a manager's approval</source>
        <translation>需经理审批</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="79" />
        <source>No approval needed</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="82" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="82" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="85" />
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="85" />
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="86" />
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="89" />
        <source>On-site visit</source>
        <translation>上门催收</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="89" />
        <source>Phone follow-up</source>
        <translation>电话跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="90" />
        <source>Installment plan</source>
        <translation>分期还款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="90" />
        <source>Settlement with waiver</source>
        <translation>和解减免</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="91" />
        <source>Legal referral</source>
        <translation>法务转介</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="58" />
        <source> collectors</source>
        <translation> 名催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="59" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="60" />
        <location filename="../../desktop/views/policy_editor.py" line="61" />
        <location filename="../../desktop/views/policy_editor.py" line="62" />
        <source> visit(s)</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="63" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="64" />
        <source>Allow Saturday/Sunday visits with the customer's recorded agreement</source>
        <translation>客户同意并已记录时，允许周六、周日上门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="72" />
        <source>22:00–08:00: never (fixed by law, cannot be changed or overridden)</source>
        <translation>22:00–08:00 一律禁止（法定底线，不能修改或例外）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="74" />
        <source>No visits</source>
        <translation>禁止上门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="75" />
        <source>Visiting window</source>
        <translation>上门时段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="76" />
        <source>Smallest team</source>
        <translation>外访最少人数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="77" />
        <source>Minimum advance notice</source>
        <translation>至少提前通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="78" />
        <source>Max. visits per case in 7 days</source>
        <translation>同一案件 7 天内最多上门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="79" />
        <source>Max. visits per case in 30 days</source>
        <translation>同一案件 30 天内最多上门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="80" />
        <source>Max. visits per collector per day</source>
        <translation>每名催收员每天最多外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="81" />
        <source>Travel time between two addresses</source>
        <translation>两个地址之间的路程时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="83" />
        <source>Leaving the visiting window needs the customer's agreement and a supervisor's approval for each visit. Changes apply to new and rescheduled visits and are audited.</source>
        <translation>超出上门时段的每次外访都须经客户同意并由主管批准。修改对新建和改期的外访生效，并记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="87" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="98" />
        <source>Version %1, changed by %2 at %3</source>
        <translation>版本 %1，由 %2 于 %3 修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="101" />
        <source>The company's default rules apply.</source>
        <translation>当前使用公司默认规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="123" />
        <source>The visiting window must start before it ends.</source>
        <translation>上门时段的开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="131" />
        <source>Visit rules saved</source>
        <translation>外访规则已保存</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="331" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="332" />
        <source>The file is read and every row is checked. Compare the detected columns and the data date with the file before you go on.</source>
        <translation>读取文件并逐行校验。继续之前，请核对识别出的列和数据日期是否与文件一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="337" />
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="351" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="352" />
        <source>Data date:</source>
        <translation>数据日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="353" />
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="354" />
        <source>Ignored columns:</source>
        <translation>忽略的列：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="356" />
        <source>Standard column</source>
        <translation>标准列名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="356" />
        <source>In this file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="360" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="361" />
        <source>Row number in Excel</source>
        <translation>Excel 中的行号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="361" />
        <source>Standard column %1</source>
        <translation>标准列「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="370" />
        <source>Detected columns</source>
        <translation>识别出的列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="412" />
        <source>Reading and checking %1…</source>
        <translation>正在读取并校验 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="419" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="425" />
        <source>Reading stopped. Nothing was imported.</source>
        <translation>已停止读取，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="438" />
        <source>%1 — %2 data rows, %3 invalid (listed on the next page)</source>
        <translation>%1 — 共 %2 行数据，%3 行无效（下一页列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="442" />
        <source>%1 — %2 data rows, all valid</source>
        <translation>%1 — 共 %2 行数据，全部有效</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="458" />
        <source>No valid rows in this file — the next page lists the invalid rows.</source>
        <translation>文件中没有有效行 — 下一页列出了无效行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="447" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="451" />
        <source>— not in the file</source>
        <translation>— 文件中没有</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="457" />
        <source>The first %1 valid rows (ID and mobile numbers masked)</source>
        <translation>前 %1 个有效行（证件号和手机号已脱敏）</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="150" />
        <source>Reports are for supervisors and managers.</source>
        <extracomment>report code → can be written as (first = default)</extracomment>
        <translation>报表仅供主管和经理查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="160" />
        <source>Portfolio aging</source>
        <translation>账龄分析</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="160" />
        <source>Visit log</source>
        <translation>外访明细</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="161" />
        <source>Visit outcome summary</source>
        <translation>外访结果汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="161" />
        <source>Collector performance</source>
        <translation>催收员绩效</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="162" />
        <source>Promise-to-pay tracking</source>
        <translation>承诺还款跟踪</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="162" />
        <location filename="../../desktop/views/reports_page.py" line="429" />
        <source>Installment plans</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="163" />
        <source>Compliance and exceptions</source>
        <translation>合规与例外</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="163" />
        <source>Manager summary (PDF)</source>
        <translation>经营摘要（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="183" />
        <source>Full ID and mobile numbers (audited)</source>
        <translation>完整证件号和手机号（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="185" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="187" />
        <source>Generate the report (Ctrl+G)</source>
        <translation>生成报表（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="190" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="198" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="205" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="210" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="213" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="220" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="228" />
        <source>Choose a report and a period, then press Generate (Ctrl+G). The preview appears here; save, print or open it from the buttons below.</source>
        <translation>选择报表和期间，然后点击“生成”（Ctrl+G）。预览显示在这里；可用下方按钮另存、打印或用系统程序打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="253" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="256" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="259" />
        <source>Open with system application</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="267" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="285" />
        <source>All branches</source>
        <translation>全部营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="295" />
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="308" />
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="308" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="353" />
        <source>Full ID and mobile numbers</source>
        <translation>完整证件号和手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="354" />
        <source>Why does this report need the full ID and mobile numbers? The reason is kept in the audit log.</source>
        <translation>这份报表为什么需要完整的证件号和手机号？理由将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="366" />
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="376" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="391" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="411" />
        <source>%1 generated: %n page(s).</source>
        <translation><numerusform>已生成「%1」：共 %n 页。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="413" />
        <source>%1 generated: %Ln row(s).</source>
        <translation><numerusform>已生成「%1」：共 %Ln 行。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="425" />
        <source>By branch and bucket</source>
        <translation>账龄分布（营业部 × 账龄）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="425" />
        <source>Cases by bucket</source>
        <translation>账龄分布（案件数）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>Roll rates</source>
        <translation>迁徙率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>Branches</source>
        <translation>各营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>By result code</source>
        <translation>按结果代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>By collector</source>
        <translation>按催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>By branch</source>
        <translation>按营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>Weekly trend</source>
        <translation>周趋势</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <source>Visits</source>
        <translation>外访次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <source>Promises</source>
        <translation>取得承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <location filename="../../desktop/views/reports_page.py" line="429" />
        <source>By state</source>
        <translation>按状态汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="430" />
        <source>Visits refused by the rules</source>
        <translation>被拒绝的外访安排</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="430" />
        <source>Exceptions and overrides</source>
        <translation>例外与改选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="431" />
        <source>Personal data viewed or exported</source>
        <translation>个人信息查看与未脱敏导出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="431" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="432" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="451" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="531" />
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>已发送 %n 页到打印机。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="415" />
        <source>%1 generated: no data in this period — try a longer period or another branch.</source>
        <translation>已生成「%1」：本期没有数据——请选择更长的期间或其他营业部。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="488" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="488" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="489" />
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="497" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="500" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="527" />
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="551" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="561" />
        <source>Temporary password for %1 (must be changed at the next sign-in).</source>
        <translation>为 %1 设置临时密码（下次登录时必须修改）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="563" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="564" />
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="579" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="173" />
        <source>Resolve complaint</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="179" />
        <source>What was found, what was done about the staff, what the customer was told.</source>
        <translation>核实情况、对相关人员的处理、对客户的答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="180" />
        <source>When no other complaint of the customer is open, visits are allowed again.</source>
        <translation>该客户没有其他未处理的投诉时，将恢复允许外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="184" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="185" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="187" />
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="188" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultCodeForm</name>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="41" />
        <source>Edit result code</source>
        <translation>修改结果代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="41" />
        <source>New result code</source>
        <translation>新增结果代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="46" />
        <source>e.g. wrong_number (lower-case letters, digits, _)</source>
        <translation>例如 wrong_number（小写字母、数字、下划线）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="49" />
        <source>Name shown to staff, e.g. 号码错误</source>
        <translation>员工看到的名称，例如：号码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="50" />
        <source>Counts as contacted (someone was reached)</source>
        <translation>计为已接触（接触到了人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="51" />
        <source>Counts as right-party contact (the borrower himself)</source>
        <translation>计为接触到本人（借款人本人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="52" />
        <source>Is a promise (needs an amount and a date)</source>
        <translation>属于承诺（需填写金额和日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="53" />
        <source>Active (offered in the outcome form)</source>
        <translation>启用（在结果登记表中可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="63" />
        <source>at the end</source>
        <translation>排在最后</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="65" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="66" />
        <source>Result name</source>
        <translation>结果名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="71" />
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="72" />
        <source>The flags decide how the KPIs count this result: contact rate, right-party rate and promises. Every change is recorded in the audit log.</source>
        <translation>这些标记决定绩效指标如何统计该结果：接触率、本人接触率和承诺。每次修改都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="77" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultCodesDialog</name>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="106" />
        <source>Result codes</source>
        <translation>结果代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Contacted</source>
        <translation>有接触</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Result name</source>
        <translation>结果名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Right party</source>
        <translation>接触本人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="117" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="120" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="123" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="140" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="143" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="144" />
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="496" />
        <source>Check result</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="497" />
        <source>Every row has been checked. Nothing has been written yet.</source>
        <translation>已逐行校验，尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="501" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="508" />
        <source>Skip invalid rows (import the valid rows, report the others)</source>
        <translation>跳过无效行（导入有效行，报告其余行）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="512" />
        <source>Create these branches</source>
        <translation>新建这些营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="534" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="540" />
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="549" />
        <source>Invalid rows (click a column header to sort)</source>
        <translation>无效行（点击列标题排序）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="574" />
        <source>%1 data rows: %2 valid, %3 invalid. Data date %4.</source>
        <translation>共 %1 行数据：有效 %2 行，无效 %3 行。数据日期 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="594" />
        <source>Check again with %1, the date in the file name</source>
        <translation>按文件名中的日期 %1 重新校验</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="602" />
        <source>「%1」 (like the existing 「%2」)</source>
        <translation>「%1」（疑似已有的「%2」）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="603" />
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="605" />
        <source>Branches in the file that do not exist yet: %1. Choose below the existing branch each one means (the choice is remembered for later imports), or create it: a new branch's cases are seen by no branch staff until they are assigned.</source>
        <translation>文件中以下营业部在系统中还不存在：%1。请在下面为每个名称选择它指的已有营业部（选择会被记住，以后导入自动使用），或新建该营业部：新建营业部的案件在分派之前，任何营业部员工都看不到。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="612" />
        <source>Import this older file anyway (its loans go back to %1)</source>
        <translation>仍然导入这个较早的文件（其中贷款的数字退回到 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="632" />
        <source>a new branch (create it)</source>
        <translation>新营业部（新建）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="634" />
        <source>the existing 「%1」</source>
        <translation>已有的「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="640" />
        <source>「%1」 is</source>
        <translation>「%1」是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="659" />
        <source>The file states no data date, so today's date was used. If it is an earlier export, go back, enter its data date and read it again.</source>
        <translation>文件未写明数据日期，已按当天处理。如果这是之前导出的文件，请返回第一步指定其数据日期后重新读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="668" />
        <source>An export with a later data date (%1) has already been imported: importing this older file sets the figures of its loans back to %2.</source>
        <translation>已导入过数据日期更晚（%1）的明细：导入这个较早的文件会把其中贷款的数字退回到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="673" />
        <source>This file was already imported on %1 by %2 (batch #%3).</source>
        <translation>该文件已于 %1 由 %2 导入过（批次 #%3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="674" />
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="601" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="699" />
        <source>There is no valid row to import.</source>
        <translation>没有可导入的有效行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_wizard.py" line="701" />
        <source>%Ln invalid row(s), so nothing will be imported (all or nothing). Correct the file and read it again, or tick "Skip invalid rows" to import only the valid rows (%1).</source>
        <translation><numerusform>有 %Ln 行无效，因此不会导入任何数据（全部或全不）。请修正文件后重新读取，或勾选“跳过无效行”只导入 %1 个有效行。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="705" />
        <source>Import will write the %1 valid rows and leave out the %2 invalid rows.</source>
        <translation>将导入 %1 个有效行，跳过 %2 个无效行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="708" />
        <source>All rows are valid. Press Import to write them.</source>
        <translation>全部行有效。按“导入”写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="710" />
        <source>The rows can be imported once the new branches below are accepted.</source>
        <translation>确认新建下列营业部后即可导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="712" />
        <source>This export is older than the last one imported: tick below to import it anyway.</source>
        <translation>这个文件比上次导入的更早：如仍要导入，请勾选下方确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="718" />
        <source>Full snapshot is on: open cases of these branches that are missing from the file will be closed as cured.</source>
        <translation>已选全量快照：这些营业部中文件里没有的未结案件将按出催结案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="741" />
        <source>%1 errors.xlsx</source>
        <translation>%1_错误报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="742" />
        <location filename="../../desktop/views/import_wizard.py" line="752" />
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="743" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="753" />
        <source>The error report could not be saved: %1</source>
        <translation>无法保存错误报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="756" />
        <source>Error report saved to %1</source>
        <translation>错误报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="44" />
        <source>LANG_MARKER</source>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="104" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="106" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="107" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="111" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="131" />
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="133" />
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="143" />
        <source>New Year's Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="144" />
        <source>Chinese New Year's Eve</source>
        <translation>农历除夕</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="145" />
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="146" />
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="147" />
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="148" />
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="149" />
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="150" />
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="155" />
        <source>%1, day off in lieu</source>
        <translation>%1（补假）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="168" />
        <source>An exception needs a reason.</source>
        <translation>例外上门须填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="172" />
        <source>%1 is not an active supervisor or manager of this branch and cannot approve.</source>
        <translation>%1 不是本营业部在岗主管或经理，不能批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="193" />
        <source>The end time %1 is not later than the start time %2.</source>
        <translation>结束时间 %1 不晚于开始时间 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="195" />
        <source>Set the end time after the start time.</source>
        <translation>把结束时间改到开始时间之后。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="201" />
        <source>The start time %1 has passed; visits can only be planned ahead.</source>
        <translation>开始时间 %1 已经过去，外访只能安排在以后。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="204" />
        <source>Move the visit to a later time; record a visit that took place as a contact result in the case.</source>
        <translation>把外访改到将来的时间；已经发生的上门请在案件中登记联系结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="219" />
        <source>The visit starts at %1, inside the quiet hours %2–%3.</source>
        <translation>开始时间 %1 处于禁止上门时段 %2–%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="222" />
        <source>The visit ends at %1, inside the quiet hours %2–%3.</source>
        <translation>结束时间 %1 进入禁止上门时段 %2–%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="228" />
        <source>Move it between %1 and %2. The quiet hours %3–%4 allow no exception.</source>
        <translation>改到 %1–%2 之间。%3–%4 任何情况下都不得上门，不能例外批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="232" />
        <source>Move it out of the quiet hours %1–%2. No exception can be approved.</source>
        <translation>改到禁止上门时段 %1–%2 之外。不能例外批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="243" />
        <source>The visit starts at %1, before the visiting hours %2–%3.</source>
        <translation>开始时间 %1 早于允许的上门时段 %2–%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="246" />
        <source>The visit starts at %1, after the visiting hours %2–%3.</source>
        <translation>开始时间 %1 晚于允许的上门时段 %2–%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="249" />
        <source>The visit ends at %1, after the visiting hours %2–%3.</source>
        <translation>结束时间 %1 晚于允许的上门时段 %2–%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="257" />
        <source>Move it between %1 and %2, or record the customer's agreement and a supervisor's approval.</source>
        <translation>改到 %1–%2 之间，或记录客户同意并由主管批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="262" />
        <source>The customer's agreement is recorded; the supervisor's approval is missing.</source>
        <translation>已记录客户同意，尚缺主管批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="265" />
        <source>The supervisor's approval is recorded; the customer's agreement is missing.</source>
        <translation>已有主管批准，尚缺客户同意。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="273" />
        <source>The team has %1 collector(s); a visit needs at least %2.</source>
        <translation>外访人员 %1 人，外访至少需要 %2 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="275" />
        <source>Add %1 more active collector(s) of this branch.</source>
        <translation>再指派 %1 名本营业部在岗催收员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="285" />
        <source>Deactivated collector(s): %1.</source>
        <translation>已停用、不在岗的催收员：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="288" />
        <source>Unknown collector(s): %1.</source>
        <translation>不存在的催收员：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="292" />
        <source>Choose active collectors of this branch.</source>
        <translation>换成本营业部在岗的催收员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="298" />
        <source>Not from the case's branch: %1.</source>
        <translation>不属于案件所在营业部：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="300" />
        <source>Choose active collectors of the case's branch.</source>
        <translation>换成案件所在营业部的在岗催收员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="310" />
        <source>No notice is recorded, so the visit cannot start (notice is due at least %1 h before the start).</source>
        <translation>尚未记录外访通知，不能开始外访（须在开始前至少 %1 小时通知）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="313" />
        <source>Record the notice and move the visit to at least %1 h after it.</source>
        <translation>记录外访通知，并把外访改到通知后至少 %1 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="318" />
        <source>No notice is recorded, and it is too late: for a start at %1 the customer had to be notified by %2 (%3 h ahead).</source>
        <translation>尚未记录外访通知，现在已来不及：开始时间 %1 须在 %2 前（提前 %3 小时）通知客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="322" />
        <source>Notify the customer now and move the start to %1 or later.</source>
        <translation>立即通知客户，并把开始时间改到 %1 或以后。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="328" />
        <source>The notice was recorded at %1, only %2 before the start at %3; at least %4 h are required.</source>
        <translation>外访通知记录于 %1，距开始时间 %3 仅 %2，少于规定的 %4 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="333" />
        <source>Move the start to %1 or later.</source>
        <translation>把开始时间改到 %1 或以后。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="349" />
        <source>Official day off, no visits: %1.</source>
        <translation>法定节假日，不得上门：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="352" />
        <location filename="../../desktop/views/rule_texts.py" line="371" />
        <source>Move it to a working day.</source>
        <translation>改到工作日。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="354" />
        <location filename="../../desktop/views/rule_texts.py" line="370" />
        <source>Move it to a working day, e.g. %1.</source>
        <translation>改到工作日，例如 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="368" />
        <source>Weekend, not a make-up working day: %1. This branch does not visit at weekends.</source>
        <translation>周末（不是调休上班日）：%1。本营业部周末不上门。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="373" />
        <source>Weekend, not a make-up working day: %1. A visit needs the customer's agreement.</source>
        <translation>周末（不是调休上班日）：%1。须记录客户同意才能上门。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="379" />
        <source>Move it to a working day, e.g. %1, or record the customer's agreement to a weekend visit.</source>
        <translation>改到工作日，例如 %1，或记录客户同意周末上门。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="381" />
        <source>Move it to a working day, or record the customer's agreement to a weekend visit.</source>
        <translation>改到工作日，或记录客户同意周末上门。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="398" />
        <source>At most %1 visit(s) of the case in any %2 days: visits on %3 already, %4 with this one.</source>
        <translation>任意 %2 天内本案件最多外访 %1 次：%3 已有外访，加上本次共 %4 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="404" />
        <source>Move it to %1 or later (at most %2 visit(s) of the case in any %3 days).</source>
        <translation>改到 %1 或以后（任意 %3 天内本案件外访不超过 %2 次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="408" />
        <source>Move it to %1 or earlier (at most %2 visit(s) of the case in any %3 days).</source>
        <translation>改到 %1 或之前（任意 %3 天内本案件外访不超过 %2 次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="412" />
        <source>Choose another date, e.g. with Suggest slots (at most %1 visit(s) of the case in any %2 days).</source>
        <translation>另选日期，可用“推荐时段”（任意 %2 天内本案件外访不超过 %1 次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="426" />
        <source>%1 already has %2</source>
        <translation>%1已有 %2 次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="429" />
        <source>On %1 %2; this visit exceeds the daily limit of %3 visits per collector.</source>
        <translation>%1 %2，加上本次超过每日上限 %3 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="451" />
        <source>Collector already booked at that time: %1 (this visit: %2–%3).</source>
        <translation>催收员同一时间已有外访：%1（本次：%2–%3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="432" />
        <source>Choose another collector or another date.</source>
        <translation>换一位催收员，或改到其他日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="447" />
        <source>%1 at %2–%3</source>
        <translation>%1 在 %2–%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="454" />
        <source>Choose another time or another collector.</source>
        <translation>错开时间，或换一位催收员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="464" />
        <source>%1 at %2–%3 (%4 apart)</source>
        <translation>%1 在 %2–%3（仅相隔 %4）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="467" />
        <source>Less than the %1 min travel time to a visit at another address: %2.</source>
        <translation>与另一地址的外访间隔少于规定的路程时间 %1 分钟：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="474" />
        <source>Start at %1 or later, %2 min after the visit at another address.</source>
        <translation>改到 %1 或以后开始，与另一地址的外访间隔 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="478" />
        <source>End by %1, %2 min before the visit at another address.</source>
        <translation>在 %1 前结束，与另一地址的外访间隔 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="481" />
        <source>Choose another time or another collector, %1 min apart from visits at other addresses.</source>
        <translation>另选时段或换一位催收员，与不同地址的外访至少间隔 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="490" />
        <source>complaint under review</source>
        <translation>客户投诉处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="491" />
        <source>legal proceedings started</source>
        <translation>已进入法律程序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="492" />
        <source>customer deceased</source>
        <translation>客户已身故</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="493" />
        <source>hardship repayment plan in good standing</source>
        <translation>困难客户还款计划正常履行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="497" />
        <source>The case is marked do-not-visit: %1.</source>
        <translation>案件已标记为暂停外访：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="498" />
        <source>Plan a visit once the reason is resolved and a supervisor has removed the mark.</source>
        <translation>暂停原因解除、由主管取消标记后再安排外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="507" />
        <source>The visit address is empty.</source>
        <translation>外访地址为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="508" />
        <source>The case has no visiting address on record.</source>
        <translation>案件没有登记上门地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="509" />
        <source>Enter the customer's address in the case first, then plan the visit.</source>
        <translation>先在案件中录入客户的上门地址，再安排外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="551" />
        <source>No notice recorded yet: notify the customer by %1 (at least %2 h before the start).</source>
        <translation>外访通知尚未记录，须在 %1 前发出（开始前至少 %2 小时）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="557" />
        <source>The official holiday arrangement for %1 has not been entered; computed statutory holidays are used. An administrator can enter it in Settings.</source>
        <translation>%1 年的国务院放假安排尚未录入，按计算的法定节假日处理，请管理员在设置中录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="563" />
        <source>The notice time is in the future: enter the time the customer was actually notified.</source>
        <translation>通知时间在将来：请填写实际通知客户的时间。</translation>
    </message>
</context>
<context>
    <name>ScorecardTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="387" />
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="390" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="395" />
        <source>Factors with their bands and points, grade thresholds and the recommendation rules. Each save is checked, becomes the next version and is audited; every assessment keeps the version it used.</source>
        <translation>评分因素及其分段和分值、等级阈值、建议规则。每次保存都会校验，成为下一个版本并记入审计日志；每次评估都保留所用的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="412" />
        <source>built-in</source>
        <translation>系统内置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="414" />
        <source>Active scorecard: version %1</source>
        <translation>当前评分卡：版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="419" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="424" />
        <source>Version %1 (built in, not changed yet)</source>
        <translation>版本 %1（内置，尚未修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="433" />
        <source>Showing version %1 — save to make it active again as a new version</source>
        <translation>正在查看版本 %1——保存后将作为新版本重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="443" />
        <source>Scorecard version %1 is active</source>
        <translation>评分卡版本 %1 已启用</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="610" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="611" />
        <source>Company and security</source>
        <translation>公司与安全</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="612" />
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="614" />
        <source>Visit rules</source>
        <translation>外访规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="615" />
        <source>Holidays</source>
        <translation>放假安排</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="622" />
        <source>Result codes of visits and calls, and what each counts as in the KPIs (contacted, right party, promise).</source>
        <translation>外访和电话的结果代码，以及各代码在考核指标中的含义（是否接触、是否本人、是否承诺）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="626" />
        <source>Result codes</source>
        <translation>结果代码</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="201" />
        <source>Snooze task</source>
        <translation>推迟任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="212" />
        <source>Why it waits (required), e.g. customer travelling until Friday</source>
        <translation>推迟理由（必填），例如：客户出差，周五回京</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="214" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="215" />
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="216" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="218" />
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="219" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="89" />
        <source>%1 (%2 d late)</source>
        <translation>%1（逾期 %2 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="90" />
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="96" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="105" />
        <source>Snoozed: %1</source>
        <translation>已推迟：%1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="527" />
        <source>Customer timeline</source>
        <translation>客户时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="531" />
        <source>All events</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="557" />
        <source>Customer timeline — %1</source>
        <translation>客户时间线 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="572" />
        <source>Nothing of this kind yet.</source>
        <translation>暂无此类记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="573" />
        <source>Nothing has happened for this customer yet — assess the case or log a contact.</source>
        <translation>该客户还没有任何记录——先做风险评估或登记一次接触。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="600" />
        <source>%1 outcome: %2</source>
        <translation>%1结果：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="603" />
        <source>Promise to pay %1 by %2 (%3)</source>
        <translation>承诺 %2 前还款 %1（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="606" />
        <source>Promise kept: paid %1 of %2</source>
        <translation>承诺已履行：已还 %1 / 承诺 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="607" />
        <source>Promise partly kept: paid %1 of %2</source>
        <translation>承诺部分履行：已还 %1 / 承诺 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="608" />
        <source>Promise broken: paid %1 of %2</source>
        <translation>承诺未履行：已还 %1 / 承诺 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="611" />
        <source>Payment %1 (%2)</source>
        <translation>回款 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="614" />
        <source>Visit (%1)</source>
        <translation>外访（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="616" />
        <source>Customer notified of the visit</source>
        <translation>已通知客户外访时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="618" />
        <source>Assessment: %1 points, grade %2</source>
        <translation>风险评估：%1 分，等级 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="621" />
        <source>New mobile number</source>
        <translation>新手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="621" />
        <source>New home address</source>
        <translation>新家庭地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="622" />
        <source>New work address</source>
        <translation>新单位地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="624" />
        <source>Collection plan made</source>
        <translation>制定了催收方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="624" />
        <source>Collection plan approved</source>
        <translation>催收方案已审批</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="625" />
        <source>Collection plan sent back</source>
        <translation>催收方案被退回</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="625" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="626" />
        <source>Customer complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="626" />
        <source>Complaint resolved</source>
        <translation>投诉已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="627" />
        <source>Case opened (overdue import)</source>
        <translation>案件建立（逾期数据导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="627" />
        <source>Case cured (no longer overdue)</source>
        <translation>案件出催（已无逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="628" />
        <source>Import updated the loan figures</source>
        <translation>导入更新了贷款数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="622" />
        <source>New contact detail</source>
        <translation>新联系方式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/outcome_dialog.py" line="570" />
        <source>%n event(s)</source>
        <translation><numerusform>%n 条记录</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="629" />
        <source>Full personal data revealed</source>
        <translation>查看了完整个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="629" />
        <source>Case assigned</source>
        <translation>案件分配</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="630" />
        <source>Next action date changed</source>
        <translation>修改了下一步行动日期</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="91" />
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="91" />
        <source>Edit user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="104" />
        <source>(no branch — managers and administrators)</source>
        <translation>（无营业部——经理和管理员）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="108" />
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="109" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="110" />
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="111" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="112" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="117" />
        <source>Must choose a new password at first sign-in</source>
        <translation>首次登录时必须修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="119" />
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="120" />
        <source>At least 8 characters with letters and digits; not the login name.</source>
        <translation>至少 8 位，须同时包含字母和数字，不能与登录名相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="125" />
        <source>The login name cannot be changed.</source>
        <translation>登录名不能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="136" />
        <source>This account is deactivated; saving does not reactivate it.</source>
        <translation>该账户已停用；保存修改不会重新启用它。</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="153" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="153" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="158" />
        <source>Show deactivated users</source>
        <translation>显示已停用用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="160" />
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="163" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="165" />
        <source>Change the name, employee no., role or branch (Enter or double-click)</source>
        <translation>修改姓名、工号、角色或营业部（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="167" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="170" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="173" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="175" />
        <source>Tick “Show deactivated users” and select one to let it sign in again</source>
        <translation>勾选“显示已停用用户”并选中一个，即可让其重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="196" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="196" />
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="198" />
        <source>Active · must change password</source>
        <translation>启用 · 须修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="200" />
        <source>Locked until %1 (wrong passwords)</source>
        <translation>已锁定至 %1（密码错误次数过多）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="261" />
        <source>User %1 saved</source>
        <translation>用户 %1 已保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/settings_page.py" line="287" />
        <source>Its %n open case(s) become unassigned: the branch supervisor hands them out again.</source>
        <translation><numerusform>其名下 %n 个未结案件将变为未分配，由营业部主管重新分配。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="289" />
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="284" />
        <source>Deactivate %1? The account can no longer sign in; its history stays.</source>
        <translation>停用 %1？该账户将无法登录，其历史记录保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="271" />
        <source>Password of %1 reset: it must be changed at the next sign-in</source>
        <translation>已重置 %1 的密码：下次登录时必须修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="308" />
        <source>%1 can sign in again</source>
        <translation>%1 已重新启用，可以登录</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="102" />
        <location filename="../../desktop/views/visit_dialog.py" line="634" />
        <source>Fix: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="125" />
        <source>Edit visit</source>
        <translation>编辑外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="125" />
        <source>Plan a visit</source>
        <translation>安排外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="140" />
        <source>Contract no. or customer name, then Enter</source>
        <translation>输入合同编号或客户姓名，按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="159" />
        <source>New address (kept in the customer's address history)</source>
        <translation>新地址（保存到客户的地址历史）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="178" />
        <source>Suggest slots</source>
        <translation>推荐时段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="180" />
        <source>The next compliant slots in the coming 14 days for this case and team</source>
        <translation>未来 14 天内此案件和外访人员可用的合规时段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="196" />
        <source>e.g. confirm the customer's situation and discuss a repayment plan</source>
        <translation>例如：了解客户现状，协商还款方案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="199" />
        <source>Customer already notified</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="216" />
        <source>Customer agreed to a visit outside the visiting window</source>
        <translation>客户同意在上门时段以外拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="218" />
        <source>Customer agreed to a weekend visit</source>
        <translation>客户同意周末拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="220" />
        <source>Approved by me (supervisor)</source>
        <translation>由我批准（主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="221" />
        <source>Approved by supervisor</source>
        <translation>主管已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="227" />
        <source>Why this visit needs the exception (audited)</source>
        <translation>需要例外安排的原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="231" />
        <source>Customer agreement and approval</source>
        <translation>客户同意与主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="240" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="245" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="247" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="249" />
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="251" />
        <source>Team</source>
        <translation>外访人员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="252" />
        <source>Purpose</source>
        <translation>外访目的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="253" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="272" />
        <source>Compliant slots — click one to use it</source>
        <translation>合规时段 — 点击即可选用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="283" />
        <source>Compliance check</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="302" />
        <source>Save visit</source>
        <translation>保存外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="303" />
        <source>Save %1 visits</source>
        <translation>保存 %1 次外访</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="304" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="305" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="387" />
        <source>Choose the case to visit: search by contract no. or customer name.</source>
        <translation>请选择要外访的案件：按合同编号或客户姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="401" />
        <source>%1 · %2 · overdue %3 · %4 days past due</source>
        <translation>%1 · %2 · 逾期 %3 · 逾期 %4 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="405" />
        <source>Do not visit: %1</source>
        <translation>暂停外访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="409" />
        <source>Each case's home address (or its first known address)</source>
        <translation>各案件的家庭地址（没有时取第一个已知地址）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="415" />
        <source>New address…</source>
        <translation>新地址…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="493" />
        <source>No open case matches</source>
        <translation>没有匹配的未结案件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="608" />
        <source>No supervisor of this branch can approve: choose another time.</source>
        <translation>本营业部没有可审批的主管：请另选时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="610" />
        <source>Record the supervisor who approved the exception; the approval is audited with your name.</source>
        <translation>请选择批准此例外的主管；审批记录会连同你的姓名记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="613" />
        <source>Your approval and its reason are audited.</source>
        <translation>你的审批及原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="615" />
        <source>Only needed for a visit outside the visiting window or at a weekend.</source>
        <translation>仅在上门时段以外或周末外访时需要。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="627" />
        <source>Allowed by exception</source>
        <translation>已按例外允许</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/visit_dialog.py" line="657" />
        <source>%n rule(s) broken — fix them to save.</source>
        <translation><numerusform>违反 %n 条规则 — 修改后才能保存。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="47" />
        <location filename="../../desktop/views/visit_dialog.py" line="631" />
        <location filename="../../desktop/views/visit_dialog.py" line="642" />
        <source>Must fix</source>
        <translation>必须修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="631" />
        <source>Needs agreement or approval</source>
        <translation>需客户同意或主管批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="646" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="654" />
        <location filename="../../desktop/views/visit_dialog.py" line="685" />
        <source>Choose a case first.</source>
        <translation>请先选择案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="660" />
        <source>✓ Every rule is met.</source>
        <translation>✓ 符合全部规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="665" />
        <source>One visit per case: %1</source>
        <translation>每个案件一次外访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="697" />
        <source>No compliant slot in the next 14 days for this team — check the rules listed above or choose other collectors.</source>
        <translation>未来 14 天内此外访小组没有合规时段 — 请查看上方列出的规则，或换其他催收员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="735" />
        <source>The visit was not saved</source>
        <translation>外访未保存</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Planned visit</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="97" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="97" />
        <source>Missed</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="101" />
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Home</source>
        <translation>家庭地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Workplace</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Other address</source>
        <translation>其他地址</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="305" />
        <source>Today's work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="310" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="311" />
        <source>Refresh tasks (F5)</source>
        <translation>刷新任务（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="313" />
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="314" />
        <source>Add a task by hand (N)</source>
        <translation>手工新建任务（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="328" />
        <source>Nothing due today — well done.
Tasks appear here when promises fall due or are broken, installments are due or missed, visits need their notice or outcome, and cases need re-assessment. Add your own with N.</source>
        <translation>今天没有待办任务，干得好。
承诺到期或未履行、分期到期或逾期、外访需要通知或登记结果、案件需要重新评估时，任务会出现在这里。按 N 可手工新建任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="338" />
        <source>Enter open case · L log contact · D done · S snooze · N new task · F5 refresh</source>
        <translation>Enter 打开案件 · L 登记接触 · D 完成 · S 推迟 · N 新建任务 · F5 刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="349" />
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="364" />
        <source>Who is behind (open tasks past their due date)</source>
        <translation>谁落后了（已过到期日的未完成任务）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="382" />
        <source>Branch tasks due today and overdue</source>
        <translation>本营业部今日到期及逾期任务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="389" />
        <source>Branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="399" />
        <source>Include resolved</source>
        <translation>包括已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="402" />
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="404" />
        <source>Resolve the selected complaint (R)</source>
        <translation>处理选中的投诉（R）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="407" />
        <source>A complaint pauses visits to the customer until it is resolved.</source>
        <translation>投诉处理完之前，暂停对该客户外访。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="417" />
        <location filename="../../desktop/views/worklist.py" line="525" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="442" />
        <source>Refreshing tasks…</source>
        <translation>正在刷新任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="465" />
        <source>Tasks were just refreshed by someone else; the list is current.</source>
        <translation>任务刚由其他同事刷新过，列表已是最新。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="494" />
        <source>My tasks: %1 to do today · %2 overdue · %3 more in the next 7 days</source>
        <translation>我的任务：今日待办 %1 · 已逾期 %2 · 未来 7 天还有 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="525" />
        <source>Complaints (%1)</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="543" />
        <source>Complaint resolved</source>
        <translation>投诉已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="589" />
        <source>Contact logged for %1</source>
        <translation>已登记 %1 的接触结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="602" />
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="617" />
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="631" />
        <source>Open a case first: a task belongs to a case (use the case list).</source>
        <translation>请先打开一个案件：任务必须属于某个案件（从案件列表进入）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="641" />
        <source>Task added</source>
        <translation>任务已添加</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="111" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
</TS>