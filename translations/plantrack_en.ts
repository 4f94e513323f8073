<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PlanTrack::AgencyOverviewModel</name>
    <message numerus="yes">
        <source>As lead unit (%n row(s))</source>
        <translation>
            <numerusform>As lead unit (%n row)</numerusform>
            <numerusform>As lead unit (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As coordinating unit (%n row(s))</source>
        <translation>
            <numerusform>As coordinating unit (%n row)</numerusform>
            <numerusform>As coordinating unit (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::AgenciesCommand</name>
    <message numerus="yes">
        <source>group of %n: %1</source>
        <translation>
            <numerusform>group of %n: %1</numerusform>
            <numerusform>group of %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::GanttCommand</name>
    <message numerus="yes">
        <source>Printed the timeline of plan %1 on %n page(s) to “%2”.</source>
        <translation>
            <numerusform>Printed the timeline of plan %1 on %n page to “%2”.</numerusform>
            <numerusform>Printed the timeline of plan %1 on %n pages to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ImportCommand</name>
    <message numerus="yes">
        <source>Imported plan %1: %n row(s).</source>
        <translation>
            <numerusform>Imported plan %1: %n row.</numerusform>
            <numerusform>Imported plan %1: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>“%1” was not imported; it has %n problem:</numerusform>
            <numerusform>“%1” was not imported; it has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ObservationsCommand</name>
    <message numerus="yes">
        <source>Imported %n observation(s) for plan %1.</source>
        <translation>
            <numerusform>Imported %n observation for plan %1.</numerusform>
            <numerusform>Imported %n observations for plan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>“%1” was not imported; it has %n problem:</numerusform>
            <numerusform>“%1” was not imported; it has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s); --verbose lists them all)</source>
        <translation>
            <numerusform>(and %n more problem; --verbose lists them all)</numerusform>
            <numerusform>(and %n more problems; --verbose lists them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ProgressCommand</name>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>“%1” was not imported; it has %n problem:</numerusform>
            <numerusform>“%1” was not imported; it has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %2 (and %n more problem(s); --verbose lists them)</source>
        <translation>
            <numerusform>“%1” was not imported: %2 (and %n more problem; --verbose lists them)</numerusform>
            <numerusform>“%1” was not imported: %2 (and %n more problems; --verbose lists them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n valid update(s); nothing was written.</source>
        <translation>
            <numerusform>“%1” holds %n valid update; nothing was written.</numerusform>
            <numerusform>“%1” holds %n valid updates; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n update(s).</source>
        <translation>
            <numerusform>Imported %n update.</numerusform>
            <numerusform>Imported %n updates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::StatusCommand</name>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCard</name>
    <message numerus="yes">
        <source>%1 of %n agencies reported</source>
        <translation>
            <numerusform>%1 of %n agency reported</numerusform>
            <numerusform>%1 of %n agencies reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n without data</numerusform>
            <numerusform>%n without data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCharts</name>
    <message numerus="yes">
        <source>%n not reported</source>
        <translation>
            <numerusform>%n not reported</numerusform>
            <numerusform>%n not reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCommands</name>
    <message numerus="yes">
        <source>Record %n observation(s) of row %1</source>
        <translation>
            <numerusform>Record %n observation of row %1</numerusform>
            <numerusform>Record %n observations of row %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 of %n row shown</numerusform>
            <numerusform>%1 of %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::MembersDialog</name>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::MergeDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator observation(s)</source>
        <translation>
            <numerusform>%n indicator observation</numerusform>
            <numerusform>%n indicator observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ObservationEntryDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency row(s) to record.</source>
        <translation>
            <numerusform>%n agency row to record.</numerusform>
            <numerusform>%n agency rows to record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ObservationGridModel</name>
    <message numerus="yes">
        <source>The block has %n line(s), more than the rows below the chosen cell.</source>
        <translation>
            <numerusform>The block has %n line, more than the rows below the chosen cell.</numerusform>
            <numerusform>The block has %n lines, more than the rows below the chosen cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressCommands</name>
    <message numerus="yes">
        <source>Import %n update(s)</source>
        <translation>
            <numerusform>Import %n update</numerusform>
            <numerusform>Import %n updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressImport</name>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: it has %n problem(s). Correct them and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported from “%1”: it has %n problem. Correct it and import the file again.</numerusform>
            <numerusform>Nothing was imported from “%1”: it has %n problems. Correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n update(s). Edit → Undo takes the whole import back.</source>
        <translation>
            <numerusform>Imported %n update. Edit → Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n updates. Edit → Undo takes the whole import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ResponsibilityMatrixModel</name>
    <message numerus="yes">
        <source>and %n more through groups</source>
        <translation>
            <numerusform>and %n more through groups</numerusform>
            <numerusform>and %n more through groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a group of %n</source>
        <translation>
            <numerusform>a group of %n</numerusform>
            <numerusform>a group of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is named as lead in %n row(s)</source>
        <translation>
            <numerusform>%1 is named as lead in %n row</numerusform>
            <numerusform>%1 is named as lead in %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is named as coordinating unit in %n row(s)</source>
        <translation>
            <numerusform>%1 is named as coordinating unit in %n row</numerusform>
            <numerusform>%1 is named as coordinating unit in %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::RulesDialog</name>
    <message numerus="yes">
        <source> day(s) before the due day</source>
        <translation>
            <numerusform> day before the due day</numerusform>
            <numerusform> days before the due day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskDetails</name>
    <message numerus="yes">
        <source>%n row(s) in this section.</source>
        <translation>
            <numerusform>%n row in this section.</numerusform>
            <numerusform>%n rows in this section.</numerusform>
        </translation>
    </message>
</context>
</TS>
