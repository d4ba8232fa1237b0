<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>Something went wrong. Your saved data is safe; the details were written to the log file:
%1</source>
        <translation>Something went wrong. Your saved data is safe; the details were written to the log file:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126" />
        <source>Creating the demo database…</source>
        <translation>Creating the demo database…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="134" />
        <source>Risk assessment — %1</source>
        <translation>Risk assessment — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="160" />
        <source>e.g. lost his job in March, looking for work</source>
        <translation>e.g. lost his job in March, looking for work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="163" />
        <source>Your judgement</source>
        <translation>Your judgement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="165" />
        <source>Willingness to pay</source>
        <translation>Willingness to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="166" />
        <source>Ability to pay</source>
        <translation>Ability to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="167" />
        <source>Hardship reason</source>
        <translation>Hardship reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="168" />
        <source>Suggested from the latest contact; change it to what you learnt.</source>
        <translation>Suggested from the latest contact; change it to what you learnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="170" />
        <source>No contact recorded yet: judge from the file, or leave Unknown.</source>
        <translation>No contact recorded yet: judge from the file, or leave Unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="175" />
        <source>Reason given to the core system: %1</source>
        <translation>Reason given to the core system: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="183" />
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="192" />
        <source>Why: each factor's contribution</source>
        <translation>Why: each factor's contribution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="211" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="229" />
        <source>Why this action? (a supervisor reviews it)</source>
        <translation>Why this action? (a supervisor reviews it)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="236" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="239" />
        <source>Action to take</source>
        <translation>Action to take</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="240" />
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="245" />
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="248" />
        <source>Save assessment (Ctrl+S)</source>
        <translation>Save assessment (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="251" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="283" />
        <source>Do not visit: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="285" />
        <source>A complaint by this customer is open</source>
        <translation>A complaint by this customer is open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="287" />
        <source>No address to visit</source>
        <translation>No address to visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="302" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="303" />
        <source>Grade %1 · %2</source>
        <translation>Grade %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="305" />
        <source>Recommended: %1</source>
        <translation>Recommended: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="307" />
        <source>Scorecard version %1</source>
        <translation>Scorecard version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="329" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="331" />
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="353" />
        <source>You chose another action than recommended (%1): give a reason of at least %2 characters.</source>
        <translation>You chose another action than recommended (%1): give a reason of at least %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="357" />
        <source>The customer is on the do-not-visit list: choose another action.</source>
        <translation>The customer is on the do-not-visit list: choose another action.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="359" />
        <source>There is no address to visit: choose another action.</source>
        <translation>There is no address to visit: choose another action.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="387" />
        <source>Assessment saved: grade %1, %2.</source>
        <translation>Assessment saved: grade %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="462" />
        <source>Every open case is assessed already.</source>
        <translation>Every open case is assessed already.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="465" />
        <source>Bulk assessment</source>
        <translation>Bulk assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="466" />
        <source>Assess %1 cases that have no assessment yet, from their data alone (willingness and ability unknown)?</source>
        <translation>Assess %1 cases that have no assessment yet, from their data alone (willingness and ability unknown)?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="481" />
        <source>Bulk assessment cancelled: nothing was saved.</source>
        <translation>Bulk assessment cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="484" />
        <source>%1 cases assessed (%2).</source>
        <translation>%1 cases assessed (%2).</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="60" />
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="60" />
        <source>Hesitant</source>
        <translation>Hesitant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="61" />
        <source>Evasive</source>
        <translation>Evasive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="61" />
        <source>Refuses to pay</source>
        <translation>Refuses to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="62" />
        <location filename="../../desktop/views/assessment_dialog.py" line="66" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="65" />
        <source>Stable income</source>
        <translation>Stable income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="65" />
        <source>Reduced income</source>
        <translation>Reduced income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="66" />
        <source>No income</source>
        <translation>No income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Medium-low risk</source>
        <translation>Medium-low risk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="69" />
        <source>Medium-high risk</source>
        <translation>Medium-high risk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="70" />
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="74" />
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="74" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="75" />
        <source>Months since last payment</source>
        <translation>Months since last payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="76" />
        <source>Broken promises (90 days)</source>
        <translation>Broken promises (90 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="77" />
        <source>Failed contacts (90 days)</source>
        <translation>Failed contacts (90 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="77" />
        <source>Contact lost</source>
        <translation>Contact lost</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="78" />
        <source>Visitable address</source>
        <translation>Visitable address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="78" />
        <source>Last visit outcome</source>
        <translation>Last visit outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="79" />
        <source>Willingness to pay</source>
        <translation>Willingness to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="79" />
        <source>Ability to pay</source>
        <translation>Ability to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="83" />
        <source>No visit yet</source>
        <translation>No visit yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="83" />
        <source>Met the borrower or family</source>
        <translation>Met the borrower or family</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="84" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="84" />
        <source>Nobody at home</source>
        <translation>Nobody at home</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="85" />
        <source>Moved / address invalid</source>
        <translation>Moved / address invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="88" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="88" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assessment_dialog.py" line="93" />
        <source>%n day(s) (%1)</source>
        <translation><numerusform>%n day (%1)</numerusform><numerusform>%n days (%1)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="98" />
        <source>Never paid</source>
        <translation>Never paid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assessment_dialog.py" line="98" />
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="102" />
        <source>Assign %n case(s)</source>
        <translation><numerusform>Assign %n case</numerusform><numerusform>Assign %n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="104" />
        <source>Choose the collector who takes the %n selected case(s). A customer's other open cases stay with the same collector.</source>
        <translation><numerusform>Choose the collector who takes the %n selected case. A customer's other open cases stay with the same collector.</numerusform><numerusform>Choose the collector who takes the %n selected cases. A customer's other open cases stay with the same collector.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/assignment_dialog.py" line="120" />
        <source>%1 (%2) · %n case(s) · %3</source>
        <translation><numerusform>%1 (%2) · %n case · %3</numerusform><numerusform>%1 (%2) · %n cases · %3</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="124" />
        <source>current collector</source>
        <translation>current collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="133" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="135" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="41" />
        <source>Bulk assessment</source>
        <translation>Bulk assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="42" />
        <source>Case assessed</source>
        <translation>Case assessed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="43" />
        <source>Assessment: other action chosen</source>
        <translation>Assessment: other action chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="44" />
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="45" />
        <source>Audit log viewed</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="46" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="47" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="48" />
        <source>Official day changed</source>
        <translation>Official day changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="49" />
        <source>Case assigned</source>
        <translation>Case assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="50" />
        <source>Cases assigned automatically</source>
        <translation>Cases assigned automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="51" />
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="52" />
        <source>Next action date changed</source>
        <translation>Next action date changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="53" />
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="54" />
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="55" />
        <source>Case status changed</source>
        <translation>Case status changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="56" />
        <source>Case viewed</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="57" />
        <source>Complaint recorded</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="58" />
        <source>Complaint resolved</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="59" />
        <source>Demo data created</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="60" />
        <source>Case list exported</source>
        <translation>Case list exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="61" />
        <source>Overdue export imported</source>
        <translation>Overdue export imported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="62" />
        <source>Branch name mapped (import)</source>
        <translation>Branch name mapped (import)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="63" />
        <source>Branch name mapping removed</source>
        <translation>Branch name mapping removed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="64" />
        <source>Loan updated by import</source>
        <translation>Loan updated by import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="65" />
        <source>Contact outcome recorded</source>
        <translation>Contact outcome recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="66" />
        <source>Payment recorded</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="67" />
        <source>Payments file imported</source>
        <translation>Payments file imported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="68" />
        <source>Full personal data viewed</source>
        <translation>Full personal data viewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="69" />
        <source>Plan approved</source>
        <translation>Plan approved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="70" />
        <source>Plan made</source>
        <translation>Plan made</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="71" />
        <source>Plan installment paid</source>
        <translation>Plan installment paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="72" />
        <source>Plan confirmation printed</source>
        <translation>Plan confirmation printed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="73" />
        <source>Plan sent back</source>
        <translation>Plan sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="74" />
        <source>Plan withdrawn</source>
        <translation>Plan withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="75" />
        <source>Promise to pay judged</source>
        <translation>Promise to pay judged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="76" />
        <source>Unmasked report exported</source>
        <translation>Unmasked report exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="77" />
        <source>Result code saved</source>
        <translation>Result code saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="78" />
        <source>Built-in scorecard enabled</source>
        <translation>Built-in scorecard enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="79" />
        <source>Scorecard changed</source>
        <translation>Scorecard changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80" />
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81" />
        <source>Task added</source>
        <translation>Task added</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="82" />
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="83" />
        <source>Task postponed</source>
        <translation>Task postponed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="84" />
        <source>Follow-up tasks refreshed</source>
        <translation>Follow-up tasks refreshed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="85" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="86" />
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="87" />
        <source>User deactivated</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="88" />
        <source>Account locked (failed sign-ins)</source>
        <translation>Account locked (failed sign-ins)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="89" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="90" />
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="91" />
        <source>User reactivated</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="92" />
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="93" />
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="94" />
        <source>Visit cancelled</source>
        <translation>Visit cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="95" />
        <source>Visit done</source>
        <translation>Visit done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="97" />
        <source>Visit changed</source>
        <translation>Visit changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="98" />
        <source>Visit rescheduled</source>
        <translation>Visit rescheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="99" />
        <source>Visit marked notified</source>
        <translation>Visit marked notified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="100" />
        <source>Visit marked missed</source>
        <translation>Visit marked missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="101" />
        <source>Visit set back to planned</source>
        <translation>Visit set back to planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="102" />
        <source>Plan broken (installments missed)</source>
        <translation>Plan broken (installments missed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="103" />
        <source>Plan completed</source>
        <translation>Plan completed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="104" />
        <source>Plan back on track</source>
        <translation>Plan back on track</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="105" />
        <source>Visit notice recorded</source>
        <translation>Visit notice recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="106" />
        <source>Visit notices printed</source>
        <translation>Visit notices printed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="107" />
        <source>Visit booked with an approved exception</source>
        <translation>Visit booked with an approved exception</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="108" />
        <source>Visiting rules changed</source>
        <translation>Visiting rules changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="109" />
        <source>Visit refused by the rules</source>
        <translation>Visit refused by the rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="110" />
        <source>Route sheet printed</source>
        <translation>Route sheet printed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="96" />
        <source>Visit booked</source>
        <translation>Visit booked</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="160" />
        <location filename="../../desktop/views/audit_dialog.py" line="236" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="163" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="165" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="167" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="172" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="180" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="194" />
        <source>Verify hash chain</source>
        <translation>Verify hash chain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="196" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="198" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit_dialog.py" line="232" />
        <source>%n event(s) shown (newest first, at most 1,000)</source>
        <translation><numerusform>%n event shown (newest first, at most 1,000)</numerusform><numerusform>%n events shown (newest first, at most 1,000)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="257" />
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit_dialog.py" line="263" />
        <source>%n event(s) exported to %1</source>
        <translation><numerusform>%n event exported to %1</numerusform><numerusform>%n events exported to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="245" />
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="246" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="124" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="125" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="182" />
        <source>Auto-assign unassigned cases</source>
        <translation>Auto-assign unassigned cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="187" />
        <source>Each unassigned open case of the branch goes to an active collector, balancing the number of cases and the overdue total; a customer's cases stay with one collector. Nothing changes until you press Apply.</source>
        <translation>Each unassigned open case of the branch goes to an active collector, balancing the number of cases and the overdue total; a customer's cases stay with one collector. Nothing changes until you press Apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="193" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="194" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="195" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="196" />
        <source>Proposed collector</source>
        <translation>Proposed collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="199" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="201" />
        <source>Cases before</source>
        <translation>Cases before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="202" />
        <source>Cases after</source>
        <translation>Cases after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="203" />
        <source>Overdue total before</source>
        <translation>Overdue total before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="204" />
        <source>Overdue total after</source>
        <translation>Overdue total after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="215" />
        <source>Cases and proposed collectors</source>
        <translation>Cases and proposed collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="220" />
        <source>Per collector</source>
        <translation>Per collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="229" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="231" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="234" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="258" />
        <source>Every open case of this branch has a collector — nothing to assign.</source>
        <translation>Every open case of this branch has a collector — nothing to assign.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assignment_dialog.py" line="261" />
        <source>%1 unassigned case(s), overdue total %2, go to %3 collector(s).</source>
        <translation>%1 unassigned case(s), overdue total %2, go to %3 collector(s).</translation>
    </message>
</context>
<context>
    <name>BehindModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="126" />
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="135" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
</context>
<context>
    <name>BranchAliasesTab</name>
    <message>
        <location filename="../../desktop/views/import_history.py" line="37" />
        <source>Branch names in the core system's files that mean an existing branch, as chosen in the import wizard. Rows with such a name are filed under that branch in every later import.</source>
        <translation>Branch names in the core system's files that mean an existing branch, as chosen in the import wizard. Rows with such a name are filed under that branch in every later import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="41" />
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="41" />
        <source>Filed under</source>
        <translation>Filed under</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="42" />
        <source>Open cases of that branch</source>
        <translation>Open cases of that branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="91" />
        <source>Stop filing rows named “%1” under %2? Cases imported already stay where they are. The next import asks again which branch the name means; it does not move these cases into a new branch unless you choose to create one.</source>
        <translation>Stop filing rows named “%1” under %2? Cases imported already stay where they are. The next import asks again which branch the name means; it does not move these cases into a new branch unless you choose to create one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="46" />
        <source>No branch names mapped. The import wizard asks when a file names a branch that does not exist.</source>
        <translation>No branch names mapped. The import wizard asks when a file names a branch that does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="54" />
        <source>Remove mapping…</source>
        <translation>Remove mapping…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="90" />
        <source>Remove mapping</source>
        <translation>Remove mapping</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="407" />
        <source>Bulk assessment</source>
        <translation>Bulk assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="408" />
        <source>Assessing the selected cases…</source>
        <translation>Assessing the selected cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="409" />
        <source>Assessing all cases not assessed yet…</source>
        <translation>Assessing all cases not assessed yet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="410" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="432" />
        <source>Assessed %1 of %2 cases…</source>
        <translation>Assessed %1 of %2 cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assessment_dialog.py" line="436" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="182" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="186" />
        <source>Notified %1</source>
        <translation>Notified %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="189" />
        <source>⚠ Visits stopped: %1. Cancel or move this visit.</source>
        <translation>⚠ Visits stopped: %1. Cancel or move this visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="582" />
        <location filename="../../desktop/views/calendar.py" line="1303" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="589" />
        <location filename="../../desktop/views/calendar.py" line="861" />
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="592" />
        <location filename="../../desktop/views/calendar.py" line="864" />
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="868" />
        <source>%n visit(s)</source>
        <translation>%n visit(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="891" />
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1070" />
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1072" />
        <source>Go to today (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1077" />
        <source>Previous period (PgUp, Ctrl+←)</source>
        <translation>Previous period (PgUp, Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1082" />
        <source>Next period (PgDn, Ctrl+→)</source>
        <translation>Next period (PgDn, Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1091" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1091" />
        <source>Month view (1 or M)</source>
        <translation>Month view (1 or M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1092" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1092" />
        <source>Week view (2 or W)</source>
        <translation>Week view (2 or W)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1093" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1093" />
        <source>Day view (3 or D)</source>
        <translation>Day view (3 or D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1110" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1121" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1122" />
        <source>Open (planned or notified)</source>
        <translation>Open (planned or notified)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1125" />
        <source>New visit…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1127" />
        <source>Plan a visit (Ctrl+N)</source>
        <translation>Plan a visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1130" />
        <source>Notices of the day…</source>
        <translation>Notices of the day…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1132" />
        <source>Print the visit notices of the day shown (day view)</source>
        <translation>Print the visit notices of the day shown (day view)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1174" />
        <source>Drag a visit to move it · double-click an empty slot to plan one · right-click a visit for the notice, status and route sheet</source>
        <translation>Drag a visit to move it · double-click an empty slot to plan one · right-click a visit for the notice, status and route sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1233" />
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1293" />
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1298" />
        <source>%1/%2/%3</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1305" />
        <source>%1 – %2 (week %3)</source>
        <translation>%1 – %2 (week %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1346" />
        <source>No visits in this period — double-click an empty slot or press Ctrl+N to plan one.</source>
        <translation>No visits in this period — double-click an empty slot or press Ctrl+N to plan one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar.py" line="1348" />
        <source>%n visit(s) · %1 not yet notified</source>
        <translation><numerusform>%n visit · %1 not yet notified</numerusform><numerusform>%n visits · %1 not yet notified</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1397" />
        <source>Visit planned</source>
        <translation>Visit planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1407" />
        <source>Visit saved</source>
        <translation>Visit saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1423" />
        <source>The visit was not moved</source>
        <translation>The visit was not moved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1424" />
        <source>%1 at %2 breaks these rules; the visit stays at %3.</source>
        <translation>%1 at %2 breaks these rules; the visit stays at %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1433" />
        <source>Visit moved to %1</source>
        <translation>Visit moved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1439" />
        <source>New visit at %1</source>
        <translation>New visit at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1452" />
        <source>Edit visit…</source>
        <translation>Edit visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1455" />
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1459" />
        <source>Record notice…</source>
        <translation>Record notice…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1463" />
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1467" />
        <source>Mark missed…</source>
        <translation>Mark missed…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1471" />
        <source>Cancel visit…</source>
        <translation>Cancel visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1476" />
        <source>Print the visit notice…</source>
        <translation>Print the visit notice…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1482" />
        <source>Route sheet of the day</source>
        <translation>Route sheet of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1508" />
        <source>Notice recorded: %1, %2</source>
        <translation>Notice recorded: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1519" />
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1519" />
        <source>Visit missed</source>
        <translation>Visit missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1520" />
        <source>Why is the visit cancelled? (kept in the audit log)</source>
        <translation>Why is the visit cancelled? (kept in the audit log)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1521" />
        <source>Why did the visit not take place?</source>
        <translation>Why did the visit not take place?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1527" />
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1535" />
        <source>Visit marked: %1</source>
        <translation>Visit marked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1549" />
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1551" />
        <source>%1 saved: %2</source>
        <translation>%1 saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1556" />
        <source>Save the visit notice in…</source>
        <translation>Save the visit notice in…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1567" />
        <source>Visit notice</source>
        <translation>Visit notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1574" />
        <source>Save the route sheet in…</source>
        <translation>Save the route sheet in…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1585" />
        <source>Route sheet</source>
        <translation>Route sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1592" />
        <source>Save the day's visit notices in…</source>
        <translation>Save the day's visit notices in…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1603" />
        <source>Visit notices</source>
        <translation>Visit notices</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="43" />
        <source>Visit saved: it is on the calendar.</source>
        <translation>Visit saved: it is on the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="70" />
        <source>Task added to your list.</source>
        <translation>Task added to your list.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="71" />
        <source>Task added to %1's list.</source>
        <translation>Task added to %1's list.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="97" />
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="98" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="99" />
        <source>Schedule visit</source>
        <translation>Schedule visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="100" />
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="101" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="102" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="103" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="104" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="110" />
        <source>Assess selected cases (data only)…</source>
        <translation>Assess selected cases (data only)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="111" />
        <source>Schedule visits for selected cases…</source>
        <translation>Schedule visits for selected cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="112" />
        <source>Assign selected cases to a collector…</source>
        <translation>Assign selected cases to a collector…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="39" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="40" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="51" />
        <location filename="../../desktop/views/casedetail.py" line="53" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="78" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="79" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="80" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="81" />
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="82" />
        <source>Work address</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="83" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="84" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="85" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="86" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="87" />
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="88" />
        <source>Overdue principal</source>
        <translation>Overdue principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="89" />
        <source>Overdue interest</source>
        <translation>Overdue interest</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="90" />
        <source>Penalty interest</source>
        <translation>Penalty interest</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="91" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="92" />
        <source>Outstanding principal</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="93" />
        <source>First overdue date</source>
        <translation>First overdue date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="94" />
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="95" />
        <source>Delinquency reason</source>
        <translation>Delinquency reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="96" />
        <source>Risk grade</source>
        <translation>Risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="97" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="99" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="101" />
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="109" />
        <location filename="../../desktop/views/casedetail.py" line="125" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="124" />
        <source>Customer and loan</source>
        <translation>Customer and loan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="185" />
        <source> (+%n other loan(s))</source>
        <translation><numerusform> (+%n other loan)</numerusform><numerusform> (+%n other loans)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="188" />
        <location filename="../../desktop/views/casedetail.py" line="189" />
        <source>— none</source>
        <translation>— none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="193" />
        <source>Do not visit: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="195" />
        <source>No address — cannot be scheduled for a visit</source>
        <translation>No address — cannot be scheduled for a visit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="199" />
        <source>%n day(s) (%1), as of %2</source>
        <translation><numerusform>%n day (%1), as of %2</numerusform><numerusform>%n days (%1), as of %2</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="206" />
        <source>(as of %1; %2 paid since)</source>
        <translation>(as of %1; %2 paid since)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="213" />
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="214" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="220" />
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="221" />
        <source>Why do you need the full value? (recorded in the audit log)</source>
        <translation>Why do you need the full value? (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <location filename="../../desktop/views/case_export.py" line="33" />
        <location filename="../../desktop/views/case_export.py" line="46" />
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="48" />
        <location filename="../../desktop/views/case_export.py" line="75" />
        <source>Export case list</source>
        <translation>Export case list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="49" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="57" />
        <source>Exporting the case list…</source>
        <translation>Exporting the case list…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="66" />
        <source>%1 cases exported to %2 (personal data masked)</source>
        <translation>%1 cases exported to %2 (personal data masked)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="72" />
        <source>Export cancelled — no file was written</source>
        <translation>Export cancelled — no file was written</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_export.py" line="76" />
        <source>The case list could not be saved: %1</source>
        <translation>The case list could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="54" />
        <source>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</source>
        <translation>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="56" />
        <source>Contract number or its digits, customer name (one character is enough), mobile (full or as shown, 138****5678), ID number (full or as shown) or its last 4 digits, address words (3 characters or more). Ctrl+F</source>
        <translation>Contract number or its digits, customer name (one character is enough), mobile (full or as shown, 138****5678), ID number (full or as shown) or its last 4 digits, address words (3 characters or more). Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="61" />
        <source>All buckets</source>
        <translation>All buckets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="66" />
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="71" />
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="73" />
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="76" />
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="77" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="83" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="87" />
        <source>Mine only</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="122" />
        <location filename="../../desktop/views/casepage.py" line="201" />
        <source>No cases yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>No cases yet — import the core system's overdue export (File ▸ Import…).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="198" />
        <source>No matching cases — change the search or the filters.</source>
        <translation>No matching cases — change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="202" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casepage.py" line="216" />
        <source>%Ln case(s) · overdue total %1</source>
        <translation><numerusform>%Ln case · overdue total %1</numerusform><numerusform>%Ln cases · overdue total %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="227" />
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="257" />
        <source>Select one or more cases first</source>
        <translation>Select one or more cases first</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casepage.py" line="276" />
        <source>%n selected case(s)</source>
        <translation><numerusform>%n selected case</numerusform><numerusform>%n selected cases</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="22" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="23" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="24" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="25" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="26" />
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="27" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="29" />
        <source>Risk grade</source>
        <translation>Risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="30" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="31" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="32" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="33" />
        <source>Last outcome</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="107" />
        <source>Press Enter to open the case</source>
        <translation>Press Enter to open the case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casemodel.py" line="132" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="34" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="35" />
        <source>Your password was reset by an administrator. Choose a new one to continue.</source>
        <translation>Your password was reset by an administrator. Choose a new one to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="36" />
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="48" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="49" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="50" />
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="51" />
        <source>At least 8 characters with letters and digits.</source>
        <translation>At least 8 characters with letters and digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="65" />
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="318" />
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="318" />
        <source>Account name (payee)</source>
        <translation>Account name (payee)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="319" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="319" />
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="320" />
        <source>Verification hotline</source>
        <translation>Verification hotline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="320" />
        <source>Complaint hotline</source>
        <translation>Complaint hotline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="323" />
        <source>Printed on every visit notice: borrowers pay only into this account, and can call the hotline to verify the collectors.</source>
        <translation>Printed on every visit notice: borrowers pay only into this account, and can call the hotline to verify the collectors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="333" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="337" />
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="338" />
        <source>Lock the window after idle</source>
        <translation>Lock the window after idle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="339" />
        <source>Grace days before a promise is judged</source>
        <translation>Grace days before a promise is judged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="340" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="366" />
        <source>Company and security settings saved</source>
        <translation>Company and security settings saved</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="454" />
        <source>Record complaint — %1</source>
        <translation>Record complaint — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="458" />
        <source>— not about a visit —</source>
        <translation>— not about a visit —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="463" />
        <source>— nobody in particular —</source>
        <translation>— nobody in particular —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="468" />
        <source>When, who, and what the customer complains about.</source>
        <translation>When, who, and what the customer complains about.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="469" />
        <source>The customer will not be visited until a supervisor resolves the complaint.</source>
        <translation>The customer will not be visited until a supervisor resolves the complaint.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="473" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="474" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="475" />
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="476" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="478" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="479" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="489" />
        <source>Complaint recorded; visits to this customer are paused.</source>
        <translation>Complaint recorded; visits to this customer are paused.</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="149" />
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="150" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="150" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="159" />
        <source>Awaiting resolution</source>
        <translation>Awaiting resolution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="159" />
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="55" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="60" />
        <source>Last %1 weeks</source>
        <translation>Last %1 weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="62" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="96" />
        <source>The dashboard is for supervisors and managers.</source>
        <translation>The dashboard is for supervisors and managers.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="100" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="227" />
        <source>Open cases by bucket</source>
        <translation>Open cases by bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="228" />
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="228" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="230" />
        <source>Visits and outcomes per week</source>
        <translation>Visits and outcomes per week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="231" />
        <source>Visits done</source>
        <translation>Visits done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="232" />
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="233" />
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="233" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="235" />
        <source>Promise kept rate per week</source>
        <translation>Promise kept rate per week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="237" />
        <source>Kept rate (by count)</source>
        <translation>Kept rate (by count)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="237" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="240" />
        <source>¥ thousand</source>
        <translation>¥ thousand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="242" />
        <source>Amount recovered per week</source>
        <translation>Amount recovered per week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="243" />
        <source>Amount recovered</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="239" />
        <source>¥10,000</source>
        <translation>¥10,000</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="256" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="271" />
        <source>No open cases yet — import the core system's overdue list.</source>
        <translation>No open cases yet — import the core system's overdue list.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="276" />
        <source>%1 · as of %2</source>
        <translation>%1 · as of %2</translation>
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
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="114" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="234" />
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="235" />
        <source>The overdue export of the core lending system (逾期客户明细), as an Excel workbook (.xlsx) or a CSV file. Nothing is written until you press Import.</source>
        <translation>The overdue export of the core lending system (逾期客户明细), as an Excel workbook (.xlsx) or a CSV file. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="238" />
        <source>Choose an .xlsx or .csv file…</source>
        <translation>Choose an .xlsx or .csv file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="241" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="249" />
        <source>Use this data date instead of the one in the file:</source>
        <translation>Use this data date instead of the one in the file:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="259" />
        <source>Normally leave this off: the data date is read from the 数据日期 line above the header, and is today's date when the file has none.</source>
        <translation>Normally leave this off: the data date is read from the 数据日期 line above the header, and is today's date when the file has none.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="262" />
        <source>Skip invalid rows (import the valid rows, report the others)</source>
        <translation>Skip invalid rows (import the valid rows, report the others)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="263" />
        <source>Full snapshot: close open cases that are not in this file</source>
        <translation>Full snapshot: close open cases that are not in this file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="264" />
        <source>Tick this only when the file lists every overdue loan of its branches: open cases of those branches whose contract is not in the file are closed as cured (出催).</source>
        <translation>Tick this only when the file lists every overdue loan of its branches: open cases of those branches whose contract is not in the file are closed as cured (出催).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="267" />
        <source>Full snapshot is on: cases missing from this file will be closed as cured.</source>
        <translation>Full snapshot is on: cases missing from this file will be closed as cured.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="272" />
        <source>Save the import template…</source>
        <translation>Save the import template…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="273" />
        <source>An empty workbook with the standard headers and a sheet explaining each column</source>
        <translation>An empty workbook with the standard headers and a sheet explaining each column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="280" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="284" />
        <source>Data date</source>
        <translation>Data date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="288" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="298" />
        <source>Choose the overdue export</source>
        <translation>Choose the overdue export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="299" />
        <source>Overdue export (*.xlsx *.csv);;All files (*)</source>
        <translation>Overdue export (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="314" />
        <source>The file %1 does not exist: choose it again with Browse….</source>
        <translation>The file %1 does not exist: choose it again with Browse….</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="318" />
        <source>%1 is not an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>%1 is not an Excel workbook (.xlsx) or a CSV file (.csv).</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="19" />
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="20" />
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="23" />
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Evasive</source>
        <translation>Evasive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="24" />
        <source>Hostile</source>
        <translation>Hostile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Willing</source>
        <translation>Willing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="27" />
        <source>Hesitant</source>
        <translation>Hesitant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="28" />
        <source>Refuses to pay</source>
        <translation>Refuses to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="28" />
        <location filename="../../desktop/views/followup_labels.py" line="32" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="31" />
        <source>Stable income</source>
        <translation>Stable income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="31" />
        <source>Reduced income</source>
        <translation>Reduced income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="32" />
        <source>No income</source>
        <translation>No income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="35" />
        <source>Phone follow-up</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="35" />
        <source>Visit again</source>
        <translation>Visit again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="36" />
        <source>Wait for the payment</source>
        <translation>Wait for the payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="36" />
        <location filename="../../desktop/views/followup_labels.py" line="55" />
        <source>Re-assess</source>
        <translation>Re-assess</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="37" />
        <source>Make an installment plan</source>
        <translation>Make an installment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="37" />
        <source>Refer to legal</source>
        <translation>Refer to legal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="38" />
        <source>No follow-up needed</source>
        <translation>No follow-up needed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="41" />
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="41" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Company app</source>
        <translation>Company app</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="44" />
        <source>Branch counter</source>
        <translation>Branch counter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="45" />
        <source>Direct debit</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="45" />
        <source>Other company channel</source>
        <translation>Other company channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Partly kept</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="48" />
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="49" />
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="52" />
        <source>Promise due</source>
        <translation>Promise due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="52" />
        <source>Broken promise</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="53" />
        <source>Installment due</source>
        <translation>Installment due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="53" />
        <source>Installment missed</source>
        <translation>Installment missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="54" />
        <source>Send visit notice</source>
        <translation>Send visit notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="54" />
        <source>Log visit outcome</source>
        <translation>Log visit outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="55" />
        <source>Plan broken</source>
        <translation>Plan broken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="56" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="59" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="62" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="63" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="66" />
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="67" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="68" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="69" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="69" />
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="70" />
        <source>Data reveals</source>
        <translation>Data reveals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="70" />
        <source>Case changes</source>
        <translation>Case changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="73" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="74" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="75" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Contact detail</source>
        <translation>Contact detail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="77" />
        <source>Case change</source>
        <translation>Case change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="76" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>notified</source>
        <translation>notified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="80" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="81" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="81" />
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="84" />
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="84" />
        <source>Work address</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followup_labels.py" line="85" />
        <source>Other address</source>
        <translation>Other address</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/views/import_history.py" line="107" />
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Data date</source>
        <translation>Data date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="110" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="111" />
        <source>Closed as cured</source>
        <translation>Closed as cured</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="116" />
        <source>No imports yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>No imports yet — import the core system's overdue export (File ▸ Import…).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="124" />
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="125" />
        <source>Branch names</source>
        <translation>Branch names</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="130" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="133" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="146" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="146" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="159" />
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_history.py" line="163" />
        <source>Batch #%1 · SHA-256 %2</source>
        <translation>Batch #%1 · SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history.py" line="169" />
        <source>%n import(s), newest first</source>
        <translation><numerusform>%n import, newest first</numerusform><numerusform>%n imports, newest first</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_history.py" line="174" />
        <source>%n branch name(s) mapped</source>
        <translation><numerusform>%n branch name mapped</numerusform><numerusform>%n branch names mapped</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="765" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="766" />
        <source>The checked rows are written in one transaction.</source>
        <translation>The checked rows are written in one transaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="776" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="777" />
        <source>Invalid (left out)</source>
        <translation>Invalid (left out)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="777" />
        <source>Closed as cured</source>
        <translation>Closed as cured</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="778" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="778" />
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="792" />
        <source>Import again</source>
        <translation>Import again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="814" />
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="820" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="828" />
        <source>Import stopped. The database was not changed.</source>
        <translation>Import stopped. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="830" />
        <source>Import failed, the database was not changed: %1</source>
        <translation>Import failed, the database was not changed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="844" />
        <source>Imported %1 (data date %2).</source>
        <translation>Imported %1 (data date %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_wizard.py" line="848" />
        <source>Nothing was imported: %Ln invalid row(s).</source>
        <translation><numerusform>Nothing was imported: %Ln invalid row.</numerusform><numerusform>Nothing was imported: %Ln invalid rows.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="855" />
        <source>This file had already been imported on %1 by %2 (batch #%3).</source>
        <translation>This file had already been imported on %1 by %2 (batch #%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="856" />
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="861" />
        <source>Filed under existing branches: %1</source>
        <translation>Filed under existing branches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="861" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="864" />
        <source>New branches: %1</source>
        <translation>New branches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="866" />
        <source>Ignored columns: %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="868" />
        <source>Recorded as import batch #%1 (File ▸ Import history).</source>
        <translation>Recorded as import batch #%1 (File ▸ Import history).</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1025" />
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1028" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1036" />
        <source>The template could not be saved: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="1043" />
        <source>Import template saved to %1</source>
        <translation>Import template saved to %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="887" />
        <source>Import overdue export</source>
        <translation>Import overdue export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="892" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="893" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="894" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="895" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="918" />
        <source>%1 — the date you entered</source>
        <translation>%1 — the date you entered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="920" />
        <source>(the file says %1)</source>
        <translation>(the file says %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="923" />
        <source>%1 — from the 数据日期 line above the header</source>
        <translation>%1 — from the 数据日期 line above the header</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="924" />
        <source>%1 — the file states no data date, so today's date is used</source>
        <translation>%1 — the file states no data date, so today's date is used</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="206" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="207" />
        <source>Stop now; nothing is written to the database</source>
        <translation>Stop now; nothing is written to the database</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="45" />
        <source>Visit scheduled</source>
        <translation>Visit scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="45" />
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>On plan</source>
        <translation>On plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="46" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="50" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="50" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="51" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="51" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Plan agreed</source>
        <translation>Plan agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Hardship claimed</source>
        <translation>Hardship claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="57" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="58" />
        <source>Third party only</source>
        <translation>Third party only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="59" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="63" />
        <source>Complaint under review</source>
        <translation>Complaint under review</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="63" />
        <source>Legal proceedings</source>
        <translation>Legal proceedings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="64" />
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="64" />
        <source>Hardship plan in good standing</source>
        <translation>Hardship plan in good standing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="68" />
        <source>Phone follow-up</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="68" />
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="69" />
        <source>Hardship plan</source>
        <translation>Hardship plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="69" />
        <source>Legal referral</source>
        <translation>Legal referral</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="70" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="81" />
        <source>VisitDesk is locked</source>
        <translation>VisitDesk is locked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="83" />
        <source>The window was locked after a period without activity. Enter the password of %1 to continue.</source>
        <translation>The window was locked after a period without activity. Enter the password of %1 to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="92" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="93" />
        <source>Quit VisitDesk</source>
        <translation>Quit VisitDesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login.py" line="26" />
        <source>VisitDesk — Sign in</source>
        <translation>VisitDesk — Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="28" />
        <source>VisitDesk · On-site collection case management</source>
        <translation>VisitDesk · On-site collection case management</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="40" />
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="41" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="43" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="44" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="57" />
        <source>Enter your login name and password.</source>
        <translation>Enter your login name and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="74" />
        <source>You must choose a new password before you can continue.</source>
        <translation>You must choose a new password before you can continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="55" />
        <source>VisitDesk — On-site collection case management</source>
        <translation>VisitDesk — On-site collection case management</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="72" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="149" />
        <source>Today's work</source>
        <translation>Today's work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="73" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="74" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="173" />
        <source>Visit calendar</source>
        <translation>Visit calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <location filename="../../desktop/views/mainwindow.py" line="185" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="91" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="90" />
        <source>all branches</source>
        <translation>all branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="99" />
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="150" />
        <source>Administrators do no case work: users, policy and company settings are on the Settings page, the audit log under Tools.</source>
        <translation>Administrators do no case work: users, policy and company settings are on the Settings page, the audit log under Tools.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="164" />
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="165" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="174" />
        <source>Visits are scheduled by collectors, supervisors and managers.</source>
        <translation>Visits are scheduled by collectors, supervisors and managers.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="186" />
        <source>Reports are for supervisors and managers. Your own cases, visits and tasks are on the other pages.</source>
        <translation>Reports are for supervisors and managers. Your own cases, visits and tasks are on the other pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="212" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="214" />
        <source>&amp;Import overdue export…</source>
        <translation>&amp;Import overdue export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="217" />
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="220" />
        <source>Save import &amp;template…</source>
        <translation>Save import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="225" />
        <source>&amp;Export case list…</source>
        <translation>&amp;Export case list…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="230" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="235" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="236" />
        <source>&amp;Search cases</source>
        <translation>&amp;Search cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="239" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="250" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="259" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="261" />
        <source>Assess all &amp;unassessed cases…</source>
        <translation>Assess all &amp;unassessed cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="262" />
        <source>Auto-&amp;assign unassigned cases…</source>
        <translation>Auto-&amp;assign unassigned cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="263" />
        <source>Plan appro&amp;vals…</source>
        <translation>Plan appro&amp;vals…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="271" />
        <source>Au&amp;dit log…</source>
        <translation>Au&amp;dit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="275" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="278" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="279" />
        <source>&amp;About VisitDesk</source>
        <translation>&amp;About VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="331" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="339" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="340" />
        <source>The language will change the next time VisitDesk starts.</source>
        <translation>The language will change the next time VisitDesk starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="343" />
        <source>About VisitDesk</source>
        <translation>About VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="344" />
        <source>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</source>
        <translation>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="234" />
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="244" />
        <source>What to do, e.g. call the employer to confirm the new job</source>
        <translation>What to do, e.g. call the employer to confirm the new job</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="256" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="257" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="258" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="259" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="261" />
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="262" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1026" />
        <source>Record the visit notice</source>
        <translation>Record the visit notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1035" />
        <source>Notified by</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="1036" />
        <source>Notified at</source>
        <translation>Notified at</translation>
    </message>
</context>
<context>
    <name>OfficialDaysTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="462" />
        <source>Holiday or arrangement</source>
        <translation>Holiday or arrangement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="470" />
        <source>Day off (holiday)</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="471" />
        <source>Make-up working day (调休上班)</source>
        <translation>Make-up working day (调休上班)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="474" />
        <source>e.g. 春节</source>
        <translation>e.g. 春节</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="475" />
        <source>Add / change</source>
        <translation>Add / change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="478" />
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="482" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="491" />
        <source>The State Council publishes next year's holidays each November. Until the chinesecalendar package covers a year, enter its days off and make-up working days here; an entry always wins.</source>
        <translation>The State Council publishes next year's holidays each November. Until the chinesecalendar package covers a year, enter its days off and make-up working days here; an entry always wins.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="508" />
        <source>The arrangement for %1 is incomplete: some statutory holidays are not entered as days off yet.</source>
        <translation>The arrangement for %1 is incomplete: some statutory holidays are not entered as days off yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="511" />
        <source>The State Council's arrangement for %1 has not been entered: computed statutory holidays are used until it is.</source>
        <translation>The State Council's arrangement for %1 has not been entered: computed statutory holidays are used until it is.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="90" />
        <source>Log contact — %1</source>
        <translation>Log contact — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="92" />
        <source>%1 · contract %2 · overdue %3 · %4</source>
        <translation>%1 · contract %2 · overdue %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="101" />
        <source>Phone contact</source>
        <translation>Phone contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="103" />
        <source>Visit %1</source>
        <translation>Visit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="117" />
        <location filename="../../desktop/views/outcome_dialog.py" line="122" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="137" />
        <location filename="../../desktop/views/outcome_dialog.py" line="264" />
        <source>Who was met</source>
        <translation>Who was met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="139" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="140" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="141" />
        <source>Willingness to pay</source>
        <translation>Willingness to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="142" />
        <source>Ability to pay</source>
        <translation>Ability to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="145" />
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="149" />
        <source>e.g. 1500.00</source>
        <translation>e.g. 1500.00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="153" />
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="154" />
        <source>Pay by</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="155" />
        <source>Within %1 days; the promise is judged from the payments after the due date and the grace day.</source>
        <translation>Within %1 days; the promise is judged from the payments after the due date and the grace day.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="164" />
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="170" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="172" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="134" />
        <source>This contact</source>
        <translation>This contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="136" />
        <source>Contact type</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="173" />
        <source>Next action date</source>
        <translation>Next action date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="176" />
        <source>Our conduct at the visit</source>
        <translation>Our conduct at the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="178" />
        <source>Work ID shown</source>
        <translation>Work ID shown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="180" />
        <source>Recording on throughout</source>
        <translation>Recording on throughout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="182" />
        <source>Did not enter without consent</source>
        <translation>Did not enter without consent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="186" />
        <source>Recording file or device number</source>
        <translation>Recording file or device number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="191" />
        <source>Recording ref.</source>
        <translation>Recording ref.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="193" />
        <source>⚠ An unticked item is recorded and shown to the supervisor.</source>
        <translation>⚠ An unticked item is recorded and shown to the supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="199" />
        <source>New contact details learnt</source>
        <translation>New contact details learnt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="206" />
        <source>New address (kept in the history)</source>
        <translation>New address (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="209" />
        <source>New mobile number (stored encrypted)</source>
        <translation>New mobile number (stored encrypted)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="213" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="218" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="221" />
        <source>What the customer said: the real reason, the difficulty, what was agreed.</source>
        <translation>What the customer said: the real reason, the difficulty, what was agreed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="238" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="240" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="264" />
        <source>Who answered</source>
        <translation>Who answered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="265" />
        <source>Nobody answered</source>
        <translation>Nobody answered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="288" />
        <source>Promise amount: %1</source>
        <translation>Promise amount: %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="354" />
        <source>Record payment — %1</source>
        <translation>Record payment — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="356" />
        <source>%1 · contract %2 · overdue %3</source>
        <translation>%1 · contract %2 · overdue %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="361" />
        <source>Promise %1 due %2 (paid %3)</source>
        <translation>Promise %1 due %2 (paid %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="364" />
        <source>Installment %1: %2 due %3 (paid %4)</source>
        <translation>Installment %1: %2 due %3 (paid %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="366" />
        <source>No open promise or installment: the payment is recorded against the loan only.</source>
        <translation>No open promise or installment: the payment is recorded against the loan only.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="370" />
        <source>The money goes to open promises first, then to plan installments, oldest first. Only payments into the company's account are recorded — never cash.</source>
        <translation>The money goes to open promises first, then to plan installments, oldest first. Only payments into the company's account are recorded — never cash.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="376" />
        <source>e.g. 1500.00</source>
        <translation>e.g. 1500.00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="385" />
        <source>From the bank or app receipt</source>
        <translation>From the bank or app receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="387" />
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="388" />
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="389" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="390" />
        <source>Transaction no.</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="391" />
        <source>Open promises and installments</source>
        <translation>Open promises and installments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="394" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="395" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="413" />
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="416" />
        <source>Amount above the overdue total</source>
        <translation>Amount above the overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="417" />
        <source>%1 is more than the overdue total of %2. Record it anyway? (Right for an early settlement of the outstanding principal; otherwise correct the amount.)</source>
        <translation>%1 is more than the overdue total of %2. Record it anyway? (Right for an early settlement of the outstanding principal; otherwise correct the amount.)</translation>
    </message>
</context>
<context>
    <name>PlanApprovalsDialog</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="415" />
        <source>Plans waiting for approval</source>
        <translation>Plans waiting for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="423" />
        <source>To repay</source>
        <translation>To repay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Waiver</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="424" />
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="432" />
        <source>No plan is waiting for approval.</source>
        <translation>No plan is waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="437" />
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="450" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="453" />
        <source>Approve (Ctrl+Enter)</source>
        <translation>Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="454" />
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="456" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="503" />
        <source>Plans waiting for approval: %1</source>
        <translation>Plans waiting for approval: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="523" />
        <source>Interest %1</source>
        <translation>Interest %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="524" />
        <source>Penalty %1</source>
        <translation>Penalty %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="525" />
        <source>Principal %1</source>
        <translation>Principal %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="526" />
        <source>%1 · %2
Waiver: %3</source>
        <translation>%1 · %2
Waiver: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="527" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="529" />
        <source>Overdue total %1 · %n day(s) past due</source>
        <translation><numerusform>Overdue total %1 · %n day past due</numerusform><numerusform>Overdue total %1 · %n days past due</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="531" />
        <source> · the waiver is %1 of it</source>
        <translation> · the waiver is %1 of it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="541" />
        <source>Goals: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="547" />
        <source>Above the customer's monthly capacity of %1 in %n month(s).</source>
        <translation><numerusform>Above the customer's monthly capacity of %1 in %n month.</numerusform><numerusform>Above the customer's monthly capacity of %1 in %n months.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="556" />
        <source>Down payment</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="562" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="574" />
        <source>Approve the plan for %1 (%2) and waive %3 of the debt?</source>
        <translation>Approve the plan for %1 (%2) and waive %3 of the debt?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="577" />
        <source>This includes %1 of principal.</source>
        <translation>This includes %1 of principal.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="578" />
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="588" />
        <source>Plan approved: %1; %n booked visit(s) called off.</source>
        <translation><numerusform>Plan approved: %1; %n booked visit called off.</numerusform><numerusform>Plan approved: %1; %n booked visits called off.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="591" />
        <source>Plan approved: %1.</source>
        <translation>Plan approved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="598" />
        <source>Send the plan back</source>
        <translation>Send the plan back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="599" />
        <source>Why? (the author sees it and corrects the plan)</source>
        <translation>Why? (the author sees it and corrects the plan)</translation>
    </message>
</context>
<context>
    <name>PlanBuilderDialog</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="105" />
        <source>Installment plan — %1</source>
        <translation>Installment plan — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="110" />
        <source>Overdue principal %1 · interest %2 · penalty %3 · total %4 (as of %5)</source>
        <translation>Overdue principal %1 · interest %2 · penalty %3 · total %4 (as of %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="125" />
        <source> installments</source>
        <translation> installments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="135" />
        <source>What he says he can pay a month</source>
        <translation>What he says he can pay a month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="136" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="138" />
        <source>Amount to repay</source>
        <translation>Amount to repay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="139" />
        <location filename="../../desktop/views/plan_dialog.py" line="296" />
        <source>Down payment</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="140" />
        <source>Number of installments</source>
        <translation>Number of installments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="141" />
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="142" />
        <source>First due date</source>
        <translation>First due date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="143" />
        <source>Monthly capacity</source>
        <translation>Monthly capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="148" />
        <source>Waivers (减免)</source>
        <translation>Waivers (减免)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="150" />
        <source>Interest (up to %1)</source>
        <translation>Interest (up to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="151" />
        <source>Penalty (up to %1)</source>
        <translation>Penalty (up to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="152" />
        <source>Principal (up to %1)</source>
        <translation>Principal (up to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="156" />
        <source>Goals, e.g. keep the plan for three months, then review</source>
        <translation>Goals, e.g. keep the plan for three months, then review</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="162" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="169" />
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="170" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="193" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="202" />
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="205" />
        <source>Save plan (Ctrl+S)</source>
        <translation>Save plan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="207" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="218" />
        <source>This case already has a pending or active plan (#%1): reject or withdraw it, or wait until it ends, before making a new one.</source>
        <translation>This case already has a pending or active plan (#%1): reject or withdraw it, or wait until it ends, before making a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="225" />
        <source>Withdraw plan #%1…</source>
        <translation>Withdraw plan #%1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="283" />
        <source> (it waives principal)</source>
        <translation> (it waives principal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="288" />
        <source> (the waiver is %1 % of the amount, above %2 %)</source>
        <translation> (the waiver is %1 % of the amount, above %2 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="302" />
        <source>Above monthly capacity</source>
        <translation>Above monthly capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="310" />
        <source>To repay %1 in %2 installments (%3)</source>
        <translation>To repay %1 in %2 installments (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="313" />
        <source>, %1 down</source>
        <translation>, %1 down</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="315" />
        <source>; waiver %1</source>
        <translation>; waiver %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="323" />
        <source>: the plan stays pending until it is approved.</source>
        <translation>: the plan stays pending until it is approved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="324" />
        <source>The %n visit(s) booked for this case will be called off when it is approved.</source>
        <translation><numerusform>The %n visit booked for this case will be called off when it is approved.</numerusform><numerusform>The %n visits booked for this case will be called off when it is approved.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="328" />
        <source>No waiver: the plan is active as soon as it is saved.</source>
        <translation>No waiver: the plan is active as soon as it is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/plan_dialog.py" line="329" />
        <source>The %n visit(s) booked for this case will be called off.</source>
        <translation><numerusform>The %n visit booked for this case will be called off.</numerusform><numerusform>The %n visits booked for this case will be called off.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="334" />
        <source>%1 months, %2 to %3</source>
        <translation>%1 months, %2 to %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="334" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="336" />
        <source>Above the monthly capacity of %1 in %2 — the customer may not keep this plan.</source>
        <translation>Above the monthly capacity of %1 in %2 — the customer may not keep this plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="345" />
        <source>Withdraw plan</source>
        <translation>Withdraw plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="346" />
        <source>Withdraw your pending plan #%1? It will not be approved; you can then save a new one.</source>
        <translation>Withdraw your pending plan #%1? It will not be approved; you can then save a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="357" />
        <source>Plan #%1 withdrawn: the new plan can be saved.</source>
        <translation>Plan #%1 withdrawn: the new plan can be saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="393" />
        <source>Plan saved and pending approval.</source>
        <translation>Plan saved and pending approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="399" />
        <source>Plan saved and active.</source>
        <translation>Plan saved and active.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="78" />
        <source>Needs a supervisor's approval</source>
        <translation>Needs a supervisor's approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="79" />
        <source>Needs a manager's approval</source>
        <translation>Needs a manager's approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="79" />
        <source>No approval needed</source>
        <translation>No approval needed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="82" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="82" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="85" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="85" />
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="86" />
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="89" />
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="89" />
        <source>Phone follow-up</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="90" />
        <source>Installment plan</source>
        <translation>Installment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="90" />
        <source>Settlement with waiver</source>
        <translation>Settlement with waiver</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_dialog.py" line="91" />
        <source>Legal referral</source>
        <translation>Legal referral</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="58" />
        <source> collectors</source>
        <translation> collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="59" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="60" />
        <location filename="../../desktop/views/policy_editor.py" line="61" />
        <location filename="../../desktop/views/policy_editor.py" line="62" />
        <source> visit(s)</source>
        <translation> visit(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="63" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="64" />
        <source>Allow Saturday/Sunday visits with the customer's recorded agreement</source>
        <translation>Allow Saturday/Sunday visits with the customer's recorded agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="72" />
        <source>22:00–08:00: never (fixed by law, cannot be changed or overridden)</source>
        <translation>22:00–08:00: never (fixed by law, cannot be changed or overridden)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="74" />
        <source>No visits</source>
        <translation>No visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="75" />
        <source>Visiting window</source>
        <translation>Visiting window</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="76" />
        <source>Smallest team</source>
        <translation>Smallest team</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="77" />
        <source>Minimum advance notice</source>
        <translation>Minimum advance notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="78" />
        <source>Max. visits per case in 7 days</source>
        <translation>Max. visits per case in 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="79" />
        <source>Max. visits per case in 30 days</source>
        <translation>Max. visits per case in 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="80" />
        <source>Max. visits per collector per day</source>
        <translation>Max. visits per collector per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="81" />
        <source>Travel time between two addresses</source>
        <translation>Travel time between two addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="83" />
        <source>Leaving the visiting window needs the customer's agreement and a supervisor's approval for each visit. Changes apply to new and rescheduled visits and are audited.</source>
        <translation>Leaving the visiting window needs the customer's agreement and a supervisor's approval for each visit. Changes apply to new and rescheduled visits and are audited.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="87" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="98" />
        <source>Version %1, changed by %2 at %3</source>
        <translation>Version %1, changed by %2 at %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="101" />
        <source>The company's default rules apply.</source>
        <translation>The company's default rules apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="123" />
        <source>The visiting window must start before it ends.</source>
        <translation>The visiting window must start before it ends.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/policy_editor.py" line="131" />
        <source>Visit rules saved</source>
        <translation>Visit rules saved</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="331" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="332" />
        <source>The file is read and every row is checked. Compare the detected columns and the data date with the file before you go on.</source>
        <translation>The file is read and every row is checked. Compare the detected columns and the data date with the file before you go on.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="337" />
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="351" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="352" />
        <source>Data date:</source>
        <translation>Data date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="353" />
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="354" />
        <source>Ignored columns:</source>
        <translation>Ignored columns:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="356" />
        <source>Standard column</source>
        <translation>Standard column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="356" />
        <source>In this file</source>
        <translation>In this file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="360" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="361" />
        <source>Row number in Excel</source>
        <translation>Row number in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="361" />
        <source>Standard column %1</source>
        <translation>Standard column %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="370" />
        <source>Detected columns</source>
        <translation>Detected columns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="412" />
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="419" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="425" />
        <source>Reading stopped. Nothing was imported.</source>
        <translation>Reading stopped. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="438" />
        <source>%1 — %2 data rows, %3 invalid (listed on the next page)</source>
        <translation>%1 — %2 data rows, %3 invalid (listed on the next page)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="442" />
        <source>%1 — %2 data rows, all valid</source>
        <translation>%1 — %2 data rows, all valid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="458" />
        <source>No valid rows in this file — the next page lists the invalid rows.</source>
        <translation>No valid rows in this file — the next page lists the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="447" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="451" />
        <source>— not in the file</source>
        <translation>— not in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="457" />
        <source>The first %1 valid rows (ID and mobile numbers masked)</source>
        <translation>The first %1 valid rows (ID and mobile numbers masked)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="150" />
        <source>Reports are for supervisors and managers.</source>
        <extracomment>report code → can be written as (first = default)</extracomment>
        <translation>Reports are for supervisors and managers.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="160" />
        <source>Portfolio aging</source>
        <translation>Portfolio aging</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="160" />
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="161" />
        <source>Visit outcome summary</source>
        <translation>Visit outcome summary</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="161" />
        <source>Collector performance</source>
        <translation>Collector performance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="162" />
        <source>Promise-to-pay tracking</source>
        <translation>Promise-to-pay tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="162" />
        <location filename="../../desktop/views/reports_page.py" line="429" />
        <source>Installment plans</source>
        <translation>Installment plans</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="163" />
        <source>Compliance and exceptions</source>
        <translation>Compliance and exceptions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="163" />
        <source>Manager summary (PDF)</source>
        <translation>Manager summary (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="170" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="183" />
        <source>Full ID and mobile numbers (audited)</source>
        <translation>Full ID and mobile numbers (audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="185" />
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="187" />
        <source>Generate the report (Ctrl+G)</source>
        <translation>Generate the report (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="190" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="198" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="205" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="210" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="213" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="220" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="228" />
        <source>Choose a report and a period, then press Generate (Ctrl+G). The preview appears here; save, print or open it from the buttons below.</source>
        <translation>Choose a report and a period, then press Generate (Ctrl+G). The preview appears here; save, print or open it from the buttons below.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="253" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="256" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="259" />
        <source>Open with system application</source>
        <translation>Open with system application</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="267" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="285" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="295" />
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="308" />
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="308" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="353" />
        <source>Full ID and mobile numbers</source>
        <translation>Full ID and mobile numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="354" />
        <source>Why does this report need the full ID and mobile numbers? The reason is kept in the audit log.</source>
        <translation>Why does this report need the full ID and mobile numbers? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="366" />
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="376" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="391" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="411" />
        <source>%1 generated: %n page(s).</source>
        <translation><numerusform>%1 generated: %n page.</numerusform><numerusform>%1 generated: %n pages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="413" />
        <source>%1 generated: %Ln row(s).</source>
        <translation><numerusform>%1 generated: %Ln row.</numerusform><numerusform>%1 generated: %Ln rows.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="425" />
        <source>By branch and bucket</source>
        <translation>By branch and bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="425" />
        <source>Cases by bucket</source>
        <translation>Cases by bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>Roll rates</source>
        <translation>Roll rates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="426" />
        <source>By result code</source>
        <translation>By result code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>By collector</source>
        <translation>By collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>By branch</source>
        <translation>By branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="427" />
        <source>Weekly trend</source>
        <translation>Weekly trend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="428" />
        <location filename="../../desktop/views/reports_page.py" line="429" />
        <source>By state</source>
        <translation>By state</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="430" />
        <source>Visits refused by the rules</source>
        <translation>Visits refused by the rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="430" />
        <source>Exceptions and overrides</source>
        <translation>Exceptions and overrides</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="431" />
        <source>Personal data viewed or exported</source>
        <translation>Personal data viewed or exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="431" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="432" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="451" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/reports_page.py" line="531" />
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="415" />
        <source>%1 generated: no data in this period — try a longer period or another branch.</source>
        <translation>%1 generated: no data in this period — try a longer period or another branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="488" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="488" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="489" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="497" />
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="500" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="527" />
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="551" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="561" />
        <source>Temporary password for %1 (must be changed at the next sign-in).</source>
        <translation>Temporary password for %1 (must be changed at the next sign-in).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="563" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="564" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="579" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="173" />
        <source>Resolve complaint</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="179" />
        <source>What was found, what was done about the staff, what the customer was told.</source>
        <translation>What was found, what was done about the staff, what the customer was told.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="180" />
        <source>When no other complaint of the customer is open, visits are allowed again.</source>
        <translation>When no other complaint of the customer is open, visits are allowed again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="184" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="185" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="187" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="188" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultCodeForm</name>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="41" />
        <source>Edit result code</source>
        <translation>Edit result code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="41" />
        <source>New result code</source>
        <translation>New result code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="46" />
        <source>e.g. wrong_number (lower-case letters, digits, _)</source>
        <translation>e.g. wrong_number (lower-case letters, digits, _)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="49" />
        <source>Name shown to staff, e.g. 号码错误</source>
        <translation>Name shown to staff, e.g. 号码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="50" />
        <source>Counts as contacted (someone was reached)</source>
        <translation>Counts as contacted (someone was reached)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="51" />
        <source>Counts as right-party contact (the borrower himself)</source>
        <translation>Counts as right-party contact (the borrower himself)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="52" />
        <source>Is a promise (needs an amount and a date)</source>
        <translation>Is a promise (needs an amount and a date)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="53" />
        <source>Active (offered in the outcome form)</source>
        <translation>Active (offered in the outcome form)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="63" />
        <source>at the end</source>
        <translation>at the end</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="65" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="66" />
        <source>Result name</source>
        <translation>Result name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="71" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="72" />
        <source>The flags decide how the KPIs count this result: contact rate, right-party rate and promises. Every change is recorded in the audit log.</source>
        <translation>The flags decide how the KPIs count this result: contact rate, right-party rate and promises. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="77" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="78" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultCodesDialog</name>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="106" />
        <source>Result codes</source>
        <translation>Result codes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="110" />
        <source>Result name</source>
        <translation>Result name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Right party</source>
        <translation>Right party</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="111" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="117" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="120" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="123" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="140" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="143" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_codes.py" line="144" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="496" />
        <source>Check result</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="497" />
        <source>Every row has been checked. Nothing has been written yet.</source>
        <translation>Every row has been checked. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="501" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="508" />
        <source>Skip invalid rows (import the valid rows, report the others)</source>
        <translation>Skip invalid rows (import the valid rows, report the others)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="512" />
        <source>Create these branches</source>
        <translation>Create these branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="533" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="534" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="540" />
        <source>Save error report…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="549" />
        <source>Invalid rows (click a column header to sort)</source>
        <translation>Invalid rows (click a column header to sort)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="574" />
        <source>%1 data rows: %2 valid, %3 invalid. Data date %4.</source>
        <translation>%1 data rows: %2 valid, %3 invalid. Data date %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="594" />
        <source>Check again with %1, the date in the file name</source>
        <translation>Check again with %1, the date in the file name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="602" />
        <source>「%1」 (like the existing 「%2」)</source>
        <translation>「%1」 (like the existing 「%2」)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="603" />
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="605" />
        <source>Branches in the file that do not exist yet: %1. Choose below the existing branch each one means (the choice is remembered for later imports), or create it: a new branch's cases are seen by no branch staff until they are assigned.</source>
        <translation>Branches in the file that do not exist yet: %1. Choose below the existing branch each one means (the choice is remembered for later imports), or create it: a new branch's cases are seen by no branch staff until they are assigned.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="612" />
        <source>Import this older file anyway (its loans go back to %1)</source>
        <translation>Import this older file anyway (its loans go back to %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="632" />
        <source>a new branch (create it)</source>
        <translation>a new branch (create it)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="634" />
        <source>the existing 「%1」</source>
        <translation>the existing 「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="640" />
        <source>「%1」 is</source>
        <translation>「%1」 is</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="659" />
        <source>The file states no data date, so today's date was used. If it is an earlier export, go back, enter its data date and read it again.</source>
        <translation>The file states no data date, so today's date was used. If it is an earlier export, go back, enter its data date and read it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="668" />
        <source>An export with a later data date (%1) has already been imported: importing this older file sets the figures of its loans back to %2.</source>
        <translation>An export with a later data date (%1) has already been imported: importing this older file sets the figures of its loans back to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="673" />
        <source>This file was already imported on %1 by %2 (batch #%3).</source>
        <translation>This file was already imported on %1 by %2 (batch #%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="674" />
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="601" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="699" />
        <source>There is no valid row to import.</source>
        <translation>There is no valid row to import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_wizard.py" line="701" />
        <source>%Ln invalid row(s), so nothing will be imported (all or nothing). Correct the file and read it again, or tick "Skip invalid rows" to import only the valid rows (%1).</source>
        <translation><numerusform>%Ln invalid row, so nothing will be imported (all or nothing). Correct the file and read it again, or tick "Skip invalid rows" to import only the valid rows (%1).</numerusform><numerusform>%Ln invalid rows, so nothing will be imported (all or nothing). Correct the file and read it again, or tick "Skip invalid rows" to import only the valid rows (%1).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="705" />
        <source>Import will write the %1 valid rows and leave out the %2 invalid rows.</source>
        <translation>Import will write the %1 valid rows and leave out the %2 invalid rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="708" />
        <source>All rows are valid. Press Import to write them.</source>
        <translation>All rows are valid. Press Import to write them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="710" />
        <source>The rows can be imported once the new branches below are accepted.</source>
        <translation>The rows can be imported once the new branches below are accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="712" />
        <source>This export is older than the last one imported: tick below to import it anyway.</source>
        <translation>This export is older than the last one imported: tick below to import it anyway.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="718" />
        <source>Full snapshot is on: open cases of these branches that are missing from the file will be closed as cured.</source>
        <translation>Full snapshot is on: open cases of these branches that are missing from the file will be closed as cured.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="741" />
        <source>%1 errors.xlsx</source>
        <translation>%1 errors.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="742" />
        <location filename="../../desktop/views/import_wizard.py" line="752" />
        <source>Save error report</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="743" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="753" />
        <source>The error report could not be saved: %1</source>
        <translation>The error report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="756" />
        <source>Error report saved to %1</source>
        <translation>Error report saved to %1</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="44" />
        <source>LANG_MARKER</source>
        <translation>LANG_MARKER</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="104" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="106" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="107" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="111" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="131" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="133" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="143" />
        <source>New Year's Day</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="144" />
        <source>Chinese New Year's Eve</source>
        <translation>Chinese New Year's Eve</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="145" />
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="146" />
        <source>Qingming Festival</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="147" />
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="148" />
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="149" />
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="150" />
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="155" />
        <source>%1, day off in lieu</source>
        <translation>%1, day off in lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="168" />
        <source>An exception needs a reason.</source>
        <translation>An exception needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="172" />
        <source>%1 is not an active supervisor or manager of this branch and cannot approve.</source>
        <translation>%1 is not an active supervisor or manager of this branch and cannot approve.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="193" />
        <source>The end time %1 is not later than the start time %2.</source>
        <translation>The end time %1 is not later than the start time %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="195" />
        <source>Set the end time after the start time.</source>
        <translation>Set the end time after the start time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="201" />
        <source>The start time %1 has passed; visits can only be planned ahead.</source>
        <translation>The start time %1 has passed; visits can only be planned ahead.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="204" />
        <source>Move the visit to a later time; record a visit that took place as a contact result in the case.</source>
        <translation>Move the visit to a later time; record a visit that took place as a contact result in the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="219" />
        <source>The visit starts at %1, inside the quiet hours %2–%3.</source>
        <translation>The visit starts at %1, inside the quiet hours %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="222" />
        <source>The visit ends at %1, inside the quiet hours %2–%3.</source>
        <translation>The visit ends at %1, inside the quiet hours %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="228" />
        <source>Move it between %1 and %2. The quiet hours %3–%4 allow no exception.</source>
        <translation>Move it between %1 and %2. The quiet hours %3–%4 allow no exception.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="232" />
        <source>Move it out of the quiet hours %1–%2. No exception can be approved.</source>
        <translation>Move it out of the quiet hours %1–%2. No exception can be approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="243" />
        <source>The visit starts at %1, before the visiting hours %2–%3.</source>
        <translation>The visit starts at %1, before the visiting hours %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="246" />
        <source>The visit starts at %1, after the visiting hours %2–%3.</source>
        <translation>The visit starts at %1, after the visiting hours %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="249" />
        <source>The visit ends at %1, after the visiting hours %2–%3.</source>
        <translation>The visit ends at %1, after the visiting hours %2–%3.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="257" />
        <source>Move it between %1 and %2, or record the customer's agreement and a supervisor's approval.</source>
        <translation>Move it between %1 and %2, or record the customer's agreement and a supervisor's approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="262" />
        <source>The customer's agreement is recorded; the supervisor's approval is missing.</source>
        <translation>The customer's agreement is recorded; the supervisor's approval is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="265" />
        <source>The supervisor's approval is recorded; the customer's agreement is missing.</source>
        <translation>The supervisor's approval is recorded; the customer's agreement is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="273" />
        <source>The team has %1 collector(s); a visit needs at least %2.</source>
        <translation>The team has %1 collector(s); a visit needs at least %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="275" />
        <source>Add %1 more active collector(s) of this branch.</source>
        <translation>Add %1 more active collector(s) of this branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="285" />
        <source>Deactivated collector(s): %1.</source>
        <translation>Deactivated collector(s): %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="288" />
        <source>Unknown collector(s): %1.</source>
        <translation>Unknown collector(s): %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="292" />
        <source>Choose active collectors of this branch.</source>
        <translation>Choose active collectors of this branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="298" />
        <source>Not from the case's branch: %1.</source>
        <translation>Not from the case's branch: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="300" />
        <source>Choose active collectors of the case's branch.</source>
        <translation>Choose active collectors of the case's branch.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="310" />
        <source>No notice is recorded, so the visit cannot start (notice is due at least %1 h before the start).</source>
        <translation>No notice is recorded, so the visit cannot start (notice is due at least %1 h before the start).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="313" />
        <source>Record the notice and move the visit to at least %1 h after it.</source>
        <translation>Record the notice and move the visit to at least %1 h after it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="318" />
        <source>No notice is recorded, and it is too late: for a start at %1 the customer had to be notified by %2 (%3 h ahead).</source>
        <translation>No notice is recorded, and it is too late: for a start at %1 the customer had to be notified by %2 (%3 h ahead).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="322" />
        <source>Notify the customer now and move the start to %1 or later.</source>
        <translation>Notify the customer now and move the start to %1 or later.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="328" />
        <source>The notice was recorded at %1, only %2 before the start at %3; at least %4 h are required.</source>
        <translation>The notice was recorded at %1, only %2 before the start at %3; at least %4 h are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="333" />
        <source>Move the start to %1 or later.</source>
        <translation>Move the start to %1 or later.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="349" />
        <source>Official day off, no visits: %1.</source>
        <translation>Official day off, no visits: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="352" />
        <location filename="../../desktop/views/rule_texts.py" line="371" />
        <source>Move it to a working day.</source>
        <translation>Move it to a working day.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="354" />
        <location filename="../../desktop/views/rule_texts.py" line="370" />
        <source>Move it to a working day, e.g. %1.</source>
        <translation>Move it to a working day, e.g. %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="368" />
        <source>Weekend, not a make-up working day: %1. This branch does not visit at weekends.</source>
        <translation>Weekend, not a make-up working day: %1. This branch does not visit at weekends.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="373" />
        <source>Weekend, not a make-up working day: %1. A visit needs the customer's agreement.</source>
        <translation>Weekend, not a make-up working day: %1. A visit needs the customer's agreement.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="379" />
        <source>Move it to a working day, e.g. %1, or record the customer's agreement to a weekend visit.</source>
        <translation>Move it to a working day, e.g. %1, or record the customer's agreement to a weekend visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="381" />
        <source>Move it to a working day, or record the customer's agreement to a weekend visit.</source>
        <translation>Move it to a working day, or record the customer's agreement to a weekend visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="398" />
        <source>At most %1 visit(s) of the case in any %2 days: visits on %3 already, %4 with this one.</source>
        <translation>At most %1 visit(s) of the case in any %2 days: visits on %3 already, %4 with this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="404" />
        <source>Move it to %1 or later (at most %2 visit(s) of the case in any %3 days).</source>
        <translation>Move it to %1 or later (at most %2 visit(s) of the case in any %3 days).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="408" />
        <source>Move it to %1 or earlier (at most %2 visit(s) of the case in any %3 days).</source>
        <translation>Move it to %1 or earlier (at most %2 visit(s) of the case in any %3 days).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="412" />
        <source>Choose another date, e.g. with Suggest slots (at most %1 visit(s) of the case in any %2 days).</source>
        <translation>Choose another date, e.g. with Suggest slots (at most %1 visit(s) of the case in any %2 days).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="426" />
        <source>%1 already has %2</source>
        <translation>%1 already has %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="429" />
        <source>On %1 %2; this visit exceeds the daily limit of %3 visits per collector.</source>
        <translation>On %1 %2; this visit exceeds the daily limit of %3 visits per collector.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="451" />
        <source>Collector already booked at that time: %1 (this visit: %2–%3).</source>
        <translation>Collector already booked at that time: %1 (this visit: %2–%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="432" />
        <source>Choose another collector or another date.</source>
        <translation>Choose another collector or another date.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="447" />
        <source>%1 at %2–%3</source>
        <translation>%1 at %2–%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="454" />
        <source>Choose another time or another collector.</source>
        <translation>Choose another time or another collector.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="464" />
        <source>%1 at %2–%3 (%4 apart)</source>
        <translation>%1 at %2–%3 (%4 apart)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="467" />
        <source>Less than the %1 min travel time to a visit at another address: %2.</source>
        <translation>Less than the %1 min travel time to a visit at another address: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="474" />
        <source>Start at %1 or later, %2 min after the visit at another address.</source>
        <translation>Start at %1 or later, %2 min after the visit at another address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="478" />
        <source>End by %1, %2 min before the visit at another address.</source>
        <translation>End by %1, %2 min before the visit at another address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="481" />
        <source>Choose another time or another collector, %1 min apart from visits at other addresses.</source>
        <translation>Choose another time or another collector, %1 min apart from visits at other addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="490" />
        <source>complaint under review</source>
        <translation>complaint under review</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="491" />
        <source>legal proceedings started</source>
        <translation>legal proceedings started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="492" />
        <source>customer deceased</source>
        <translation>customer deceased</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="493" />
        <source>hardship repayment plan in good standing</source>
        <translation>hardship repayment plan in good standing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="497" />
        <source>The case is marked do-not-visit: %1.</source>
        <translation>The case is marked do-not-visit: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="498" />
        <source>Plan a visit once the reason is resolved and a supervisor has removed the mark.</source>
        <translation>Plan a visit once the reason is resolved and a supervisor has removed the mark.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="507" />
        <source>The visit address is empty.</source>
        <translation>The visit address is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="508" />
        <source>The case has no visiting address on record.</source>
        <translation>The case has no visiting address on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="509" />
        <source>Enter the customer's address in the case first, then plan the visit.</source>
        <translation>Enter the customer's address in the case first, then plan the visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="551" />
        <source>No notice recorded yet: notify the customer by %1 (at least %2 h before the start).</source>
        <translation>No notice recorded yet: notify the customer by %1 (at least %2 h before the start).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="557" />
        <source>The official holiday arrangement for %1 has not been entered; computed statutory holidays are used. An administrator can enter it in Settings.</source>
        <translation>The official holiday arrangement for %1 has not been entered; computed statutory holidays are used. An administrator can enter it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="563" />
        <source>The notice time is in the future: enter the time the customer was actually notified.</source>
        <translation>The notice time is in the future: enter the time the customer was actually notified.</translation>
    </message>
</context>
<context>
    <name>ScorecardTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="387" />
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="390" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="395" />
        <source>Factors with their bands and points, grade thresholds and the recommendation rules. Each save is checked, becomes the next version and is audited; every assessment keeps the version it used.</source>
        <translation>Factors with their bands and points, grade thresholds and the recommendation rules. Each save is checked, becomes the next version and is audited; every assessment keeps the version it used.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="412" />
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="414" />
        <source>Active scorecard: version %1</source>
        <translation>Active scorecard: version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="419" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="424" />
        <source>Version %1 (built in, not changed yet)</source>
        <translation>Version %1 (built in, not changed yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="433" />
        <source>Showing version %1 — save to make it active again as a new version</source>
        <translation>Showing version %1 — save to make it active again as a new version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="443" />
        <source>Scorecard version %1 is active</source>
        <translation>Scorecard version %1 is active</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="610" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="611" />
        <source>Company and security</source>
        <translation>Company and security</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="612" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="614" />
        <source>Visit rules</source>
        <translation>Visit rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="615" />
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="622" />
        <source>Result codes of visits and calls, and what each counts as in the KPIs (contacted, right party, promise).</source>
        <translation>Result codes of visits and calls, and what each counts as in the KPIs (contacted, right party, promise).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="626" />
        <source>Result codes</source>
        <translation>Result codes</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="201" />
        <source>Snooze task</source>
        <translation>Snooze task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="212" />
        <source>Why it waits (required), e.g. customer travelling until Friday</source>
        <translation>Why it waits (required), e.g. customer travelling until Friday</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="214" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="215" />
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="216" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="218" />
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="219" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="62" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="63" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="89" />
        <source>%1 (%2 d late)</source>
        <translation>%1 (%2 d late)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="90" />
        <source>%1 (today)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="96" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="105" />
        <source>Snoozed: %1</source>
        <translation>Snoozed: %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="527" />
        <source>Customer timeline</source>
        <translation>Customer timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="531" />
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="557" />
        <source>Customer timeline — %1</source>
        <translation>Customer timeline — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="572" />
        <source>Nothing of this kind yet.</source>
        <translation>Nothing of this kind yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="573" />
        <source>Nothing has happened for this customer yet — assess the case or log a contact.</source>
        <translation>Nothing has happened for this customer yet — assess the case or log a contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="600" />
        <source>%1 outcome: %2</source>
        <translation>%1 outcome: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="603" />
        <source>Promise to pay %1 by %2 (%3)</source>
        <translation>Promise to pay %1 by %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="606" />
        <source>Promise kept: paid %1 of %2</source>
        <translation>Promise kept: paid %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="607" />
        <source>Promise partly kept: paid %1 of %2</source>
        <translation>Promise partly kept: paid %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="608" />
        <source>Promise broken: paid %1 of %2</source>
        <translation>Promise broken: paid %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="611" />
        <source>Payment %1 (%2)</source>
        <translation>Payment %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="614" />
        <source>Visit (%1)</source>
        <translation>Visit (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="616" />
        <source>Customer notified of the visit</source>
        <translation>Customer notified of the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="618" />
        <source>Assessment: %1 points, grade %2</source>
        <translation>Assessment: %1 points, grade %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="621" />
        <source>New mobile number</source>
        <translation>New mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="621" />
        <source>New home address</source>
        <translation>New home address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="622" />
        <source>New work address</source>
        <translation>New work address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="624" />
        <source>Collection plan made</source>
        <translation>Collection plan made</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="624" />
        <source>Collection plan approved</source>
        <translation>Collection plan approved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="625" />
        <source>Collection plan sent back</source>
        <translation>Collection plan sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="625" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="626" />
        <source>Customer complaint</source>
        <translation>Customer complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="626" />
        <source>Complaint resolved</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="627" />
        <source>Case opened (overdue import)</source>
        <translation>Case opened (overdue import)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="627" />
        <source>Case cured (no longer overdue)</source>
        <translation>Case cured (no longer overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="628" />
        <source>Import updated the loan figures</source>
        <translation>Import updated the loan figures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="622" />
        <source>New contact detail</source>
        <translation>New contact detail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/outcome_dialog.py" line="570" />
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="629" />
        <source>Full personal data revealed</source>
        <translation>Full personal data revealed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="629" />
        <source>Case assigned</source>
        <translation>Case assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="630" />
        <source>Next action date changed</source>
        <translation>Next action date changed</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="91" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="91" />
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="104" />
        <source>(no branch — managers and administrators)</source>
        <translation>(no branch — managers and administrators)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="108" />
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="109" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="110" />
        <source>Employee no.</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="111" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="112" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="117" />
        <source>Must choose a new password at first sign-in</source>
        <translation>Must choose a new password at first sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="119" />
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="120" />
        <source>At least 8 characters with letters and digits; not the login name.</source>
        <translation>At least 8 characters with letters and digits; not the login name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="125" />
        <source>The login name cannot be changed.</source>
        <translation>The login name cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="136" />
        <source>This account is deactivated; saving does not reactivate it.</source>
        <translation>This account is deactivated; saving does not reactivate it.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Employee no.</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="153" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="153" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="158" />
        <source>Show deactivated users</source>
        <translation>Show deactivated users</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="160" />
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="163" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="165" />
        <source>Change the name, employee no., role or branch (Enter or double-click)</source>
        <translation>Change the name, employee no., role or branch (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="167" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="170" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="173" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="175" />
        <source>Tick “Show deactivated users” and select one to let it sign in again</source>
        <translation>Tick “Show deactivated users” and select one to let it sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="196" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="196" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="198" />
        <source>Active · must change password</source>
        <translation>Active · must change password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="200" />
        <source>Locked until %1 (wrong passwords)</source>
        <translation>Locked until %1 (wrong passwords)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="261" />
        <source>User %1 saved</source>
        <translation>User %1 saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/settings_page.py" line="287" />
        <source>Its %n open case(s) become unassigned: the branch supervisor hands them out again.</source>
        <translation><numerusform>Its %n open case become unassigned: the branch supervisor hands them out again.</numerusform><numerusform>Its %n open cases become unassigned: the branch supervisor hands them out again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="289" />
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="284" />
        <source>Deactivate %1? The account can no longer sign in; its history stays.</source>
        <translation>Deactivate %1? The account can no longer sign in; its history stays.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="271" />
        <source>Password of %1 reset: it must be changed at the next sign-in</source>
        <translation>Password of %1 reset: it must be changed at the next sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="308" />
        <source>%1 can sign in again</source>
        <translation>%1 can sign in again</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="102" />
        <location filename="../../desktop/views/visit_dialog.py" line="634" />
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="125" />
        <source>Edit visit</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="125" />
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="140" />
        <source>Contract no. or customer name, then Enter</source>
        <translation>Contract no. or customer name, then Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="159" />
        <source>New address (kept in the customer's address history)</source>
        <translation>New address (kept in the customer's address history)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="178" />
        <source>Suggest slots</source>
        <translation>Suggest slots</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="180" />
        <source>The next compliant slots in the coming 14 days for this case and team</source>
        <translation>The next compliant slots in the coming 14 days for this case and team</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="196" />
        <source>e.g. confirm the customer's situation and discuss a repayment plan</source>
        <translation>e.g. confirm the customer's situation and discuss a repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="199" />
        <source>Customer already notified</source>
        <translation>Customer already notified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="216" />
        <source>Customer agreed to a visit outside the visiting window</source>
        <translation>Customer agreed to a visit outside the visiting window</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="218" />
        <source>Customer agreed to a weekend visit</source>
        <translation>Customer agreed to a weekend visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="220" />
        <source>Approved by me (supervisor)</source>
        <translation>Approved by me (supervisor)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="221" />
        <source>Approved by supervisor</source>
        <translation>Approved by supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="227" />
        <source>Why this visit needs the exception (audited)</source>
        <translation>Why this visit needs the exception (audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="231" />
        <source>Customer agreement and approval</source>
        <translation>Customer agreement and approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="240" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="245" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="247" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="249" />
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="251" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="252" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="253" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="272" />
        <source>Compliant slots — click one to use it</source>
        <translation>Compliant slots — click one to use it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="283" />
        <source>Compliance check</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="302" />
        <source>Save visit</source>
        <translation>Save visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="303" />
        <source>Save %1 visits</source>
        <translation>Save %1 visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="304" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="305" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="387" />
        <source>Choose the case to visit: search by contract no. or customer name.</source>
        <translation>Choose the case to visit: search by contract no. or customer name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="401" />
        <source>%1 · %2 · overdue %3 · %4 days past due</source>
        <translation>%1 · %2 · overdue %3 · %4 days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="405" />
        <source>Do not visit: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="409" />
        <source>Each case's home address (or its first known address)</source>
        <translation>Each case's home address (or its first known address)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="415" />
        <source>New address…</source>
        <translation>New address…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="493" />
        <source>No open case matches</source>
        <translation>No open case matches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="608" />
        <source>No supervisor of this branch can approve: choose another time.</source>
        <translation>No supervisor of this branch can approve: choose another time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="610" />
        <source>Record the supervisor who approved the exception; the approval is audited with your name.</source>
        <translation>Record the supervisor who approved the exception; the approval is audited with your name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="613" />
        <source>Your approval and its reason are audited.</source>
        <translation>Your approval and its reason are audited.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="615" />
        <source>Only needed for a visit outside the visiting window or at a weekend.</source>
        <translation>Only needed for a visit outside the visiting window or at a weekend.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="627" />
        <source>Allowed by exception</source>
        <translation>Allowed by exception</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/visit_dialog.py" line="657" />
        <source>%n rule(s) broken — fix them to save.</source>
        <translation><numerusform>%n rule broken — fix them to save.</numerusform><numerusform>%n rules broken — fix them to save.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/rule_texts.py" line="47" />
        <location filename="../../desktop/views/visit_dialog.py" line="631" />
        <location filename="../../desktop/views/visit_dialog.py" line="642" />
        <source>Must fix</source>
        <translation>Must fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="631" />
        <source>Needs agreement or approval</source>
        <translation>Needs agreement or approval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="646" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="654" />
        <location filename="../../desktop/views/visit_dialog.py" line="685" />
        <source>Choose a case first.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="660" />
        <source>✓ Every rule is met.</source>
        <translation>✓ Every rule is met.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="665" />
        <source>One visit per case: %1</source>
        <translation>One visit per case: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="697" />
        <source>No compliant slot in the next 14 days for this team — check the rules listed above or choose other collectors.</source>
        <translation>No compliant slot in the next 14 days for this team — check the rules listed above or choose other collectors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_dialog.py" line="735" />
        <source>The visit was not saved</source>
        <translation>The visit was not saved</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Planned visit</source>
        <translation>Planned visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="96" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="97" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="97" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="100" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="101" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar.py" line="104" />
        <source>Other address</source>
        <translation>Other address</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../desktop/views/worklist.py" line="305" />
        <source>Today's work</source>
        <translation>Today's work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="310" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="311" />
        <source>Refresh tasks (F5)</source>
        <translation>Refresh tasks (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="313" />
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="314" />
        <source>Add a task by hand (N)</source>
        <translation>Add a task by hand (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="328" />
        <source>Nothing due today — well done.
Tasks appear here when promises fall due or are broken, installments are due or missed, visits need their notice or outcome, and cases need re-assessment. Add your own with N.</source>
        <translation>Nothing due today — well done.
Tasks appear here when promises fall due or are broken, installments are due or missed, visits need their notice or outcome, and cases need re-assessment. Add your own with N.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="338" />
        <source>Enter open case · L log contact · D done · S snooze · N new task · F5 refresh</source>
        <translation>Enter open case · L log contact · D done · S snooze · N new task · F5 refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="349" />
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="364" />
        <source>Who is behind (open tasks past their due date)</source>
        <translation>Who is behind (open tasks past their due date)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="382" />
        <source>Branch tasks due today and overdue</source>
        <translation>Branch tasks due today and overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="389" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="399" />
        <source>Include resolved</source>
        <translation>Include resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="402" />
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="404" />
        <source>Resolve the selected complaint (R)</source>
        <translation>Resolve the selected complaint (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="407" />
        <source>A complaint pauses visits to the customer until it is resolved.</source>
        <translation>A complaint pauses visits to the customer until it is resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="417" />
        <location filename="../../desktop/views/worklist.py" line="525" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="442" />
        <source>Refreshing tasks…</source>
        <translation>Refreshing tasks…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="465" />
        <source>Tasks were just refreshed by someone else; the list is current.</source>
        <translation>Tasks were just refreshed by someone else; the list is current.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="494" />
        <source>My tasks: %1 to do today · %2 overdue · %3 more in the next 7 days</source>
        <translation>My tasks: %1 to do today · %2 overdue · %3 more in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="525" />
        <source>Complaints (%1)</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="543" />
        <source>Complaint resolved</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="589" />
        <source>Contact logged for %1</source>
        <translation>Contact logged for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="602" />
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="617" />
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="631" />
        <source>Open a case first: a task belongs to a case (use the case list).</source>
        <translation>Open a case first: a task belongs to a case (use the case list).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/worklist.py" line="641" />
        <source>Task added</source>
        <translation>Task added</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="111" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
</context>
</TS>