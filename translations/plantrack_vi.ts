<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>PlanTrack::AgencyDock</name>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show tasks as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead and coordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of every agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyTreeModel</name>
    <message>
        <source>Agency</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>column of the agency codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed here as a member of the group above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::CommandLine</name>
    <message>
        <source>A command is required: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; the languages are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db needs the name of a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workspace &lt;file&gt; instead of the one the desktop program uses. A file that does not exist yet becomes a new workspace holding the bundled plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write messages in &lt;language&gt;: vi or en. By default, the language chosen in the desktop program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every problem found, not only the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on PlanTrack workspaces without a display: writes a plan out as JSON or CSV, or adds a plan from a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [&lt;arguments&gt;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 &lt;command&gt; --help” for the arguments and options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --db the workspace of the desktop program is used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run “%2 --help” for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ExportCommand</name>
    <message>
        <source>Write a plan of the workspace as a plan file (JSON) or a table (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: json (the plan file format) or csv (one row a task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of the standard output; the file is replaced only once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan with the code &lt;code&gt;; by default the first plan of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark, so that Excel reads it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no file name; name the output with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format json or --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; use json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom applies to CSV only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be written to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported plan %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no plan with the code “%1”; its plans are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ImportCommand</name>
    <message>
        <source>Add the plan of a plan file (JSON) to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to import, in the format that export --format json writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported plan %1: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Database</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PlanTrack workspace, or the file is damaged. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a PlanTrack workspace. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of PlanTrack (schema %2; this version reads up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of PlanTrack is incomplete: schema step %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded (schema step %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::MainWindow</name>
    <message>
        <source>The file does not exist. If it is on a removable drive, insert the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the tasks of a government implementation plan: who leads and who coordinates each one, and when each is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PlanTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace file holding the bundled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file, for example from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PlanTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks, units and completion times (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace open before stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanTrack workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanTrack workspaces (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open the file with File → Open Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as lead or coordinating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as coordinating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of &lt;b&gt;%1&lt;/b&gt; %2. Rows in &lt;i&gt;italics&lt;/i&gt; reach it through a group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanImporter</name>
    <message>
        <source>The workspace is busy or read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds a plan with the code “%1”; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency “%1” is a group in one place and not in the other; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section label “%1” is used more than once; it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency tree of the file has a loop; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanJson</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PlanTrack plan file (&quot;format&quot; is not &quot;plantrack-plan&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of the plan format is not supported (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of agencies is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in the form yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of agency codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a group can have members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parents of “%1” form a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan needs at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-task of row %1 must be numbered “%1.n”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one lead unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-tasks cannot have sub-tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion time “%1” is not understood; give its &quot;kind&quot; and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of completion time needs a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start is after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit must be &quot;percent&quot; or &quot;count&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direction must be &quot;at_least&quot;, &quot;at_most&quot; or &quot;exactly&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage cannot exceed 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanText</name>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, checked every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2, checked every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing: no single deadline, judged in each reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year, by the annual cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during a period that depends on each case, judged in each reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <comment>indicator target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>indicator target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <comment>role of an agency in a task</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinating</source>
        <comment>role of an agency in a task</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskDetails</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in this section.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part as %2 through the group “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskFilterModel</name>
    <message>
        <source>Via group: %1</source>
        <comment>the group that brings a task to an agency</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskTreeModel</name>
    <message>
        <source>No.</source>
        <comment>column of the row number (STT)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>column of the lead units</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating</source>
        <comment>column of the coordinating units</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion time</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row number in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units: they answer for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating units: they support the lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion time as written in the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Transaction</name>
    <message>
        <source>The change could not be saved to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTrack::Workspace</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of PlanTrack is incomplete: the bundled plan is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled plan is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follows the tasks of a government implementation plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to open; without it, the one used last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
