<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PlanTrack::Cli::ImportCommand</name>
    <message numerus="yes">
        <source>Imported plan %1: %n row(s).</source>
        <translation>
            <numerusform>Imported plan %1: %n row.</numerusform><numerusform>Imported plan %1: %n rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>“%1” was not imported; it has %n problem:</numerusform><numerusform>“%1” was not imported; it has %n problems:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform><numerusform>(and %n more problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ProgressCommand</name>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>“%1” was not imported; it has %n problem:</numerusform><numerusform>“%1” was not imported; it has %n problems:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %2 (and %n more problem(s); --verbose lists them)</source>
        <translation>
            <numerusform>“%1” was not imported: %2 (and %n more problem; --verbose lists them)</numerusform><numerusform>“%1” was not imported: %2 (and %n more problems; --verbose lists them)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n valid update(s); nothing was written.</source>
        <translation>
            <numerusform>“%1” holds %n valid update; nothing was written.</numerusform><numerusform>“%1” holds %n valid updates; nothing was written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n update(s).</source>
        <translation>
            <numerusform>Imported %n update.</numerusform><numerusform>Imported %n updates.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::StatusCommand</name>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform><numerusform>%n rows:</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTrack::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 of %n row shown</numerusform><numerusform>%1 of %n rows shown</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressCommands</name>
    <message numerus="yes">
        <source>Import %n update(s)</source>
        <translation>
            <numerusform>Import %n update</numerusform><numerusform>Import %n updates</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskDetails</name>
    <message numerus="yes">
        <source>%n row(s) in this section.</source>
        <translation>
            <numerusform>%n row in this section.</numerusform><numerusform>%n rows in this section.</numerusform></translation>
    </message>
</context>
</TS>