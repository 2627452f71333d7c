<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilesExport</name>
    <message numerus="yes">
        <source>%n case(s) exported to {path} ({size}).</source>
        <translation>
            <numerusform>%n case exported to {path} ({size}).</numerusform>
            <numerusform>%n cases exported to {path} ({size}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <source>Move %n documents to the trash? They leave the case’s documents.</source>
        <translation>
            <numerusform>Move %n document to the trash? It leaves the case’s documents.</numerusform>
            <numerusform>Move %n documents to the trash? They leave the case’s documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) saved in {folder}.</source>
        <translation>
            <numerusform>%n copy saved in {folder}.</numerusform>
            <numerusform>%n copies saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message numerus="yes">
        <source>Release to add %n file(s) to this case.</source>
        <translation>
            <numerusform>Release to add %n file to this case.</numerusform>
            <numerusform>Release to add %n files to this case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n unread notification(s)</source>
        <translation>
            <numerusform>CaseDesk: %n unread notification</numerusform>
            <numerusform>CaseDesk: %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message numerus="yes">
        <source>{by} added %n documents to case {number}, among them “{title}”</source>
        <translation>
            <numerusform>{by} added %n document to case {number}: “{title}”</numerusform>
            <numerusform>{by} added %n documents to case {number}, among them “{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case {number} has not changed for %n day(s) (status {status})</source>
        <translation>
            <numerusform>Case {number} has not changed for %n day (status {status})</numerusform>
            <numerusform>Case {number} has not changed for %n days (status {status})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) opened in your mail program.</source>
        <translation>
            <numerusform>E-mail draft for %n contact opened in your mail program.</numerusform>
            <numerusform>E-mail draft for %n contacts opened in your mail program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail draft for %n contact(s) written to {path}; open it with your mail program.</source>
        <translation>
            <numerusform>E-mail draft for %n contact written to {path}; open it with your mail program.</numerusform>
            <numerusform>E-mail draft for %n contacts written to {path}; open it with your mail program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report copied for %n contact(s) to {path}.</source>
        <translation>
            <numerusform>Report copied for %n contact to {path}.</numerusform>
            <numerusform>Report copied for %n contacts to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowIntake</name>
    <message numerus="yes">
        <source>%n case(s) created from the dropped files.</source>
        <translation>
            <numerusform>%n case created from the dropped files.</numerusform>
            <numerusform>%n cases created from the dropped files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken from the watch folder</source>
        <translation>
            <numerusform>%n file taken from the watch folder</numerusform>
            <numerusform>%n files taken from the watch folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in their case, not stored twice</source>
        <translation>
            <numerusform>%n already in its case, not stored twice</numerusform>
            <numerusform>%n already in their case, not stored twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be taken (see the failed folder)</source>
        <translation>
            <numerusform>%n could not be taken (see the failed folder)</numerusform>
            <numerusform>%n could not be taken (see the failed folder)</numerusform>
        </translation>
    </message>
</context>
</TS>
