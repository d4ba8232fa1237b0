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
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="65" />
        <location filename="../../desktop/views/audit_dialog.py" line="132" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="68" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="70" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="72" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="75" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="95" />
        <source>Verify hash chain</source>
        <translation>Verify hash chain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="97" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="99" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="128" />
        <source>%1 events shown (newest first, at most 1,000)</source>
        <translation>%1 events shown (newest first, at most 1,000)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="138" />
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="139" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="147" />
        <source>%1 events exported to %2</source>
        <translation>%1 events exported to %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="34" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="35" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="38" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="39" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="50" />
        <location filename="../../desktop/views/casedetail.py" line="52" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="77" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="78" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="79" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="80" />
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="81" />
        <source>Work address</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="82" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="83" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="84" />
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="85" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="86" />
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="87" />
        <source>Overdue principal</source>
        <translation>Overdue principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="88" />
        <source>Overdue interest</source>
        <translation>Overdue interest</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="89" />
        <source>Penalty interest</source>
        <translation>Penalty interest</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="90" />
        <source>Overdue total</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="91" />
        <source>Outstanding principal</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="92" />
        <source>First overdue date</source>
        <translation>First overdue date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="93" />
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="94" />
        <source>Delinquency reason</source>
        <translation>Delinquency reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="95" />
        <source>Risk grade</source>
        <translation>Risk grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="96" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="98" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="100" />
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="106" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/casedetail.py" line="168" />
        <source> (+%n other loan(s))</source>
        <translation><numerusform> (+%n other loan)</numerusform><numerusform> (+%n other loans)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="171" />
        <location filename="../../desktop/views/casedetail.py" line="172" />
        <source>— none</source>
        <translation>— none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="176" />
        <source>Do not visit: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="178" />
        <source>No address — cannot be scheduled for a visit</source>
        <translation>No address — cannot be scheduled for a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="182" />
        <source>%1 days (%2), as of %3</source>
        <translation>%1 days (%2), as of %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="193" />
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="194" />
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="197" />
        <source>Nothing has happened on this case yet — assess it or plan a visit.</source>
        <translation>Nothing has happened on this case yet — assess it or plan a visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="208" />
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casedetail.py" line="209" />
        <source>Why do you need the full value? (recorded in the audit log)</source>
        <translation>Why do you need the full value? (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../desktop/views/casepage.py" line="52" />
        <source>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</source>
        <translation>Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="55" />
        <source>All buckets</source>
        <translation>All buckets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="60" />
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="65" />
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="67" />
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="70" />
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="71" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="77" />
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="81" />
        <source>Mine only</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="108" />
        <location filename="../../desktop/views/casepage.py" line="187" />
        <source>No cases yet — import the core system's overdue export (File ▸ Import…).</source>
        <translation>No cases yet — import the core system's overdue export (File ▸ Import…).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="184" />
        <source>No matching cases — change the search or the filters.</source>
        <translation>No matching cases — change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="188" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="202" />
        <source>%1 cases · overdue total %2</source>
        <translation>%1 cases · overdue total %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/casepage.py" line="210" />
        <source>Refreshed</source>
        <translation>Refreshed</translation>
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
        <location filename="../../desktop/views/security.py" line="33" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="34" />
        <source>Your password was reset by an administrator. Choose a new one to continue.</source>
        <translation>Your password was reset by an administrator. Choose a new one to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="35" />
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="47" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="48" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="49" />
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="50" />
        <source>At least 8 characters with letters and digits.</source>
        <translation>At least 8 characters with letters and digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="64" />
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
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
        <translation>Changed by someone else</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="42" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="43" />
        <source>Visit scheduled</source>
        <translation>Visit scheduled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="43" />
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>On plan</source>
        <translation>On plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="44" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="48" />
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="48" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="49" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="49" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Plan agreed</source>
        <translation>Plan agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="53" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="54" />
        <source>Hardship claimed</source>
        <translation>Hardship claimed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="55" />
        <source>Third party only</source>
        <translation>Third party only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="56" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="60" />
        <source>Complaint under review</source>
        <translation>Complaint under review</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="60" />
        <source>Legal proceedings</source>
        <translation>Legal proceedings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="61" />
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="61" />
        <source>Hardship plan in good standing</source>
        <translation>Hardship plan in good standing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="65" />
        <source>Phone follow-up</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="65" />
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="66" />
        <source>Hardship plan</source>
        <translation>Hardship plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="66" />
        <source>Legal referral</source>
        <translation>Legal referral</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="67" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/security.py" line="80" />
        <source>VisitDesk is locked</source>
        <translation>VisitDesk is locked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="82" />
        <source>The window was locked after a period without activity. Enter the password of %1 to continue.</source>
        <translation>The window was locked after a period without activity. Enter the password of %1 to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="91" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security.py" line="92" />
        <source>Quit VisitDesk</source>
        <translation>Quit VisitDesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login.py" line="25" />
        <source>VisitDesk — Sign in</source>
        <translation>VisitDesk — Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="27" />
        <source>VisitDesk · On-site collection case management</source>
        <translation>VisitDesk · On-site collection case management</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="39" />
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="40" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="42" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="43" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="56" />
        <source>Enter your login name and password.</source>
        <translation>Enter your login name and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login.py" line="73" />
        <source>You must choose a new password before you can continue.</source>
        <translation>You must choose a new password before you can continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="53" />
        <source>VisitDesk — On-site collection case management</source>
        <translation>VisitDesk — On-site collection case management</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="69" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="70" />
        <source>Today's work</source>
        <translation>Today's work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="71" />
        <source>Your follow-up worklist and the dashboard arrive here with the follow-up issue. Until then, start from the case list (Ctrl+2).</source>
        <translation>Your follow-up worklist and the dashboard arrive here with the follow-up issue. Until then, start from the case list (Ctrl+2).</translation>
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
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <source>Visit calendar</source>
        <translation>Visit calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="75" />
        <source>Scheduling compliant visits on a calendar is coming next.</source>
        <translation>Scheduling compliant visits on a calendar is coming next.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="76" />
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="77" />
        <source>Portfolio aging, visits, outcomes and collector performance reports are coming.</source>
        <translation>Portfolio aging, visits, outcomes and collector performance reports are coming.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="80" />
        <location filename="../../desktop/views/mainwindow.py" line="81" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="81" />
        <source>Users, policy and company settings are coming.</source>
        <translation>Users, policy and company settings are coming.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="92" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="93" />
        <source>all branches</source>
        <translation>all branches</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="99" />
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="135" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="141" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="142" />
        <source>&amp;Search cases</source>
        <translation>&amp;Search cases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="145" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="156" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="165" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="167" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="170" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="173" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="174" />
        <source>&amp;About VisitDesk</source>
        <translation>&amp;About VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="187" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="195" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="196" />
        <source>The language will change the next time VisitDesk starts.</source>
        <translation>The language will change the next time VisitDesk starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="199" />
        <source>About VisitDesk</source>
        <translation>About VisitDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mainwindow.py" line="200" />
        <source>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</source>
        <translation>VisitDesk %1 — case management for on-site collection visits.
Font: Noto Sans SC (SIL Open Font License 1.1).</translation>
    </message>
</context>
</TS>