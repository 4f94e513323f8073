<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>PlanTrack::AgencyChoiceModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>Agency</source>
        <comment>column header</comment>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>column of the agency codes</comment>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyCommands</name>
    <message>
        <source>The agency no longer exists in the workspace.</source>
        <translation>Đơn vị không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Thêm nhóm %1</translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation>Thêm đơn vị %1</translation>
    </message>
    <message>
        <source>Edit agency %1</source>
        <translation>Sửa đơn vị %1</translation>
    </message>
    <message>
        <source>Move agency %1</source>
        <translation>Chuyển đơn vị %1</translation>
    </message>
    <message>
        <source>Change members of %1</source>
        <translation>Thay đổi thành viên của %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Sáp nhập %1 vào %2</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Ngừng sử dụng %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Khôi phục %1</translation>
    </message>
    <message>
        <source>Change units of row %1</source>
        <translation>Thay đổi đơn vị thực hiện dòng %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyDialog</name>
    <message>
        <source>New Agency</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <source>Edit Agency</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>as written in decisions, e.g. Sở Nội vụ</source>
        <translation>như ghi trong các quyết định, ví dụ: Sở Nội vụ</translation>
    </message>
    <message>
        <source>optional, e.g. Department of Home Affairs</source>
        <translation>không bắt buộc, ví dụ: Department of Home Affairs</translation>
    </message>
    <message>
        <source>short, e.g. SNV</source>
        <translation>viết tắt, ví dụ: SNV</translation>
    </message>
    <message>
        <source>&amp;Vietnamese name:</source>
        <translation>Tên tiếng &amp;Việt:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Trực thuộc:</translation>
    </message>
    <message>
        <source>&amp;Member of:</source>
        <translation>Thành viên &amp;của nhóm:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyDock</name>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Find an agency</source>
        <translation>Tìm cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>&amp;Show tasks as:</source>
        <translation>&amp;Lọc nhiệm vụ theo vai trò:</translation>
    </message>
    <message>
        <source>Lead and coordinating</source>
        <translation>Chủ trì và phối hợp</translation>
    </message>
    <message>
        <source>Lead only</source>
        <translation>Chỉ chủ trì</translation>
    </message>
    <message>
        <source>Coordinating only</source>
        <translation>Chỉ phối hợp</translation>
    </message>
    <message>
        <source>Show &amp;All Tasks</source>
        <translation>Hiện tất &amp;cả nhiệm vụ</translation>
    </message>
    <message>
        <source>Show the tasks of every agency</source>
        <translation>Hiện nhiệm vụ của mọi cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Show &amp;Retired Agencies</source>
        <translation>Hiện &amp;cả đơn vị đã ngừng sử dụng</translation>
    </message>
    <message>
        <source>List the agencies that were retired or merged, greyed, with their history</source>
        <translation>Liệt kê cả các đơn vị đã ngừng sử dụng hoặc đã sáp nhập, tô màu xám, kèm lịch sử</translation>
    </message>
    <message>
        <source>Agency tools</source>
        <translation>Công cụ đơn vị</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyEditing</name>
    <message>
        <source>New &amp;Agency…</source>
        <translation>Thêm đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Add an agency under the chosen one</source>
        <translation>Thêm một đơn vị trực thuộc đơn vị đang chọn</translation>
    </message>
    <message>
        <source>New &amp;Group…</source>
        <translation>Thêm &amp;nhóm…</translation>
    </message>
    <message>
        <source>Add a group of agencies, such as the units that employ talents</source>
        <translation>Thêm một nhóm đơn vị, ví dụ các cơ quan, đơn vị có người tài năng</translation>
    </message>
    <message>
        <source>&amp;Rename/Edit…</source>
        <translation>Đổi tên/&amp;Sửa…</translation>
    </message>
    <message>
        <source>Change the names, code or place of the chosen agency</source>
        <translation>Thay đổi tên, mã hoặc vị trí của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Thành viên…</translation>
    </message>
    <message>
        <source>Choose the members of the chosen group</source>
        <translation>Chọn thành viên của nhóm đang chọn</translation>
    </message>
    <message>
        <source>Merge &amp;Into…</source>
        <translation>Sáp nhậ&amp;p vào…</translation>
    </message>
    <message>
        <source>Hand the rows and updates of the chosen agency to another one</source>
        <translation>Chuyển các dòng và cập nhật tiến độ của đơn vị đang chọn sang đơn vị khác</translation>
    </message>
    <message>
        <source>Remove from &amp;Group</source>
        <translation>Bỏ khỏi n&amp;hóm</translation>
    </message>
    <message>
        <source>&amp;Units of Row…</source>
        <translation>Đơn vị thực hiện &amp;dòng…</translation>
    </message>
    <message>
        <source>Choose the lead and coordinating units of the selected row</source>
        <translation>Chọn đơn vị chủ trì và đơn vị phối hợp của dòng đang chọn</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Ngừn&amp;g sử dụng…</translation>
    </message>
    <message>
        <source>Bring the chosen agency back into use</source>
        <translation>Đưa đơn vị đang chọn trở lại sử dụng</translation>
    </message>
    <message>
        <source>Stop offering the chosen agency; its history stays</source>
        <translation>Không đưa đơn vị đang chọn vào danh sách chọn nữa; lịch sử vẫn được giữ</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyEditor</name>
    <message>
        <source>The agency needs a Vietnamese name.</source>
        <translation>Cần nhập tên tiếng Việt của đơn vị.</translation>
    </message>
    <message>
        <source>The agency needs a short code, such as SNV for Sở Nội vụ.</source>
        <translation>Cần nhập mã viết tắt của đơn vị, ví dụ SNV cho Sở Nội vụ.</translation>
    </message>
    <message>
        <source>The code “%1” may hold only Latin letters without marks, digits, “-”, “_” and “.”, and no spaces.</source>
        <translation>Mã “%1” chỉ được gồm chữ cái Latinh không dấu, chữ số, “-”, “_” và “.”, không có dấu cách.</translation>
    </message>
    <message>
        <source>The code “%1” is longer than %2 characters.</source>
        <translation>Mã “%1” dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>The code “%1” is already used by %2.</source>
        <translation>Mã “%1” đã được dùng cho %2.</translation>
    </message>
    <message>
        <source>A chosen member no longer exists in the workspace.</source>
        <translation>Một thành viên đã chọn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>A group cannot be a member of itself.</source>
        <translation>Một nhóm không thể là thành viên của chính nó.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot join a group; restore it first.</source>
        <translation>%1 đã ngừng sử dụng nên không thể vào nhóm; hãy khôi phục đơn vị này trước.</translation>
    </message>
    <message>
        <source>The workspace already holds an agency with this number.</source>
        <translation>Tệp dữ liệu đã có một đơn vị mang số định danh này.</translation>
    </message>
    <message>
        <source>The chosen parent no longer exists in the workspace.</source>
        <translation>Đơn vị cấp trên đã chọn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot take new units.</source>
        <translation>%1 đã ngừng sử dụng nên không thể nhận thêm đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Only a group has members.</source>
        <translation>Chỉ nhóm mới có thành viên.</translation>
    </message>
    <message>
        <source>A chosen group no longer exists in the workspace.</source>
        <translation>Một nhóm đã chọn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot take new members.</source>
        <translation>%1 đã ngừng sử dụng nên không thể nhận thêm thành viên.</translation>
    </message>
    <message>
        <source>The agency no longer exists in the workspace.</source>
        <translation>Đơn vị không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is named by rows, updates or other records and cannot be removed; retire it instead.</source>
        <translation>%1 đang được nêu trong các dòng kế hoạch, cập nhật tiến độ hoặc dữ liệu khác nên không thể xóa; hãy chuyển sang ngừng sử dụng.</translation>
    </message>
    <message>
        <source>An agency cannot be placed under itself.</source>
        <translation>Không thể đặt một đơn vị trực thuộc chính nó.</translation>
    </message>
    <message>
        <source>%1 is one of the units of %2; placing %2 under it would make a loop.</source>
        <translation>%1 là đơn vị trực thuộc %2; đặt %2 trực thuộc %1 sẽ tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>The group no longer exists in the workspace.</source>
        <translation>Nhóm không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is an agency, not a group; only a group has members.</source>
        <translation>%1 là đơn vị, không phải nhóm; chỉ nhóm mới có thành viên.</translation>
    </message>
    <message>
        <source>%1 already contains %2, directly or through its groups; adding it would make a loop.</source>
        <translation>%1 đã bao gồm %2, trực tiếp hoặc qua các nhóm của nó; thêm %1 vào %2 sẽ tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>One of the agencies to merge no longer exists in the workspace.</source>
        <translation>Một trong các đơn vị cần sáp nhập không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>An agency cannot be merged into itself.</source>
        <translation>Không thể sáp nhập một đơn vị vào chính nó.</translation>
    </message>
    <message>
        <source>%1 is retired already.</source>
        <translation>%1 đã ngừng sử dụng từ trước.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot take over the work of another agency.</source>
        <translation>%1 đã ngừng sử dụng nên không thể tiếp nhận nhiệm vụ của đơn vị khác.</translation>
    </message>
    <message>
        <source>A group can only be merged into a group, and an agency into an agency.</source>
        <translation>Chỉ có thể sáp nhập nhóm vào nhóm và đơn vị vào đơn vị.</translation>
    </message>
    <message>
        <source>The merge needs the day it takes effect.</source>
        <translation>Cần nhập ngày việc sáp nhập có hiệu lực.</translation>
    </message>
    <message>
        <source>Figures of %1 and %2 added up when %1 was merged into %2.</source>
        <translation>Số liệu của %1 và %2 được cộng gộp khi %1 sáp nhập vào %2.</translation>
    </message>
    <message>
        <source>The merge can no longer be taken back: the agencies were changed since.</source>
        <translation>Không thể hủy việc sáp nhập nữa: các đơn vị đã được thay đổi sau đó.</translation>
    </message>
    <message>
        <source>The retirement needs the day it takes effect.</source>
        <translation>Cần nhập ngày việc ngừng sử dụng có hiệu lực.</translation>
    </message>
    <message>
        <source>%1 still has units in use (%2); move or retire them first.</source>
        <translation>%1 vẫn còn đơn vị trực thuộc đang sử dụng (%2); hãy chuyển hoặc ngừng sử dụng các đơn vị đó trước.</translation>
    </message>
    <message>
        <source>%1 is in use; there is nothing to restore.</source>
        <translation>%1 đang được sử dụng; không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>%1 was merged into %2, which holds its work now; add a new agency instead.</source>
        <translation>%1 đã sáp nhập vào %2, nay %2 đảm nhận nhiệm vụ của đơn vị này; hãy thêm một đơn vị mới.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is retired; restore %2 first.</source>
        <translation>%1 trực thuộc %2, mà %2 đã ngừng sử dụng; hãy khôi phục %2 trước.</translation>
    </message>
    <message>
        <source>The row no longer exists in the workspace.</source>
        <translation>Dòng kế hoạch không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Row %1 needs at least one lead unit.</source>
        <translation>Dòng %1 cần có ít nhất một đơn vị chủ trì.</translation>
    </message>
    <message>
        <source>A chosen unit no longer exists in the workspace.</source>
        <translation>Một đơn vị đã chọn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot take on row %2; restore it first.</source>
        <translation>%1 đã ngừng sử dụng nên không thể được giao dòng %2; hãy khôi phục đơn vị này trước.</translation>
    </message>
    <message>
        <source>%1 cannot be both the lead and a coordinating unit of row %2.</source>
        <translation>%1 không thể vừa là đơn vị chủ trì vừa là đơn vị phối hợp của dòng %2.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyFeatures</name>
    <message>
        <source>&amp;Agencies</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>Responsibility &amp;Matrix</source>
        <translation>Bảng phân công trách nhiệ&amp;m</translation>
    </message>
    <message>
        <source>Show who leads and who coordinates each row, for printing</source>
        <translation>Xem đơn vị chủ trì, đơn vị phối hợp của từng dòng, để in</translation>
    </message>
    <message>
        <source>Agency &amp;Overview</source>
        <translation>Tổng &amp;quan theo đơn vị</translation>
    </message>
    <message>
        <source>Show the rows of one agency with their status and counts, for a meeting</source>
        <translation>Xem các dòng của một đơn vị kèm tình trạng và số liệu tổng hợp, để dùng khi họp</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyOverview</name>
    <message>
        <source>(choose an agency)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
    <message>
        <source>Choose an agency to see the rows it answers for.</source>
        <translation>Chọn một đơn vị để xem các dòng mà đơn vị chịu trách nhiệm.</translation>
    </message>
    <message>
        <source>Rows of %1 as of %2</source>
        <translation>Nhiệm vụ, chỉ tiêu của %1 tính đến ngày %2</translation>
    </message>
    <message>
        <source>Each row counts once, with the status it has for the agency. Overdue rate: rows overdue and unfinished over all rows. Rows in italics reach the agency through a group.</source>
        <translation>Mỗi dòng chỉ được tính một lần, theo tình trạng của dòng đối với đơn vị. Tỷ lệ quá hạn: số dòng quá hạn chưa hoàn thành trên tổng số dòng. Các dòng in nghiêng được giao cho đơn vị qua một nhóm.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>, due soon</source>
        <translation>, sắp đến hạn</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>don-vi</translation>
    </message>
    <message>
        <source>Agency Overview</source>
        <translation>Tổng quan theo đơn vị</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>rows in all</source>
        <translation>Tổng số dòng</translation>
    </message>
    <message>
        <source>completed on time</source>
        <translation>Đã hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>completed late</source>
        <translation>Đã hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>in progress, within the deadline</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <source>in progress, overdue</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>reported (ongoing rows)</source>
        <translation>Đã báo cáo (dòng thường xuyên)</translation>
    </message>
    <message>
        <source>not reported (ongoing rows)</source>
        <translation>Chưa báo cáo (dòng thường xuyên)</translation>
    </message>
    <message>
        <source>overdue rate</source>
        <translation>Tỷ lệ quá hạn</translation>
    </message>
    <message>
        <source>due this month, unfinished</source>
        <translation>Đến hạn trong tháng, chưa hoàn thành</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyOverviewModel</name>
    <message>
        <source>directly</source>
        <comment>a row names the agency itself</comment>
        <translation>trực tiếp</translation>
    </message>
    <message numerus="yes">
        <source>As lead unit (%n row(s))</source>
        <translation>
            <numerusform>Với vai trò đơn vị chủ trì (%n dòng)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As coordinating unit (%n row(s))</source>
        <translation>
            <numerusform>Với vai trò đơn vị phối hợp (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due soon</source>
        <translation>%1, sắp đến hạn</translation>
    </message>
    <message>
        <source>The row names the group %1, to which this agency belongs.</source>
        <translation>Dòng này giao cho nhóm %1, trong đó có đơn vị này.</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>column: row number of the plan</comment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>column header</comment>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Through</source>
        <comment>column: the group that brings a row to the agency</comment>
        <translation>Qua nhóm</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyPicker</name>
    <message>
        <source>Find an agency (marks may be left out: so noi vu)</source>
        <translation>Tìm đơn vị (có thể gõ không dấu: so noi vu)</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>Hiện cả đơn vị đã &amp;ngừng sử dụng</translation>
    </message>
    <message>
        <source>Offer the agencies that were retired or merged, greyed</source>
        <translation>Hiện cả các đơn vị đã ngừng sử dụng hoặc đã sáp nhập, tô màu xám</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyPrinting</name>
    <message>
        <source>Print: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>The file “%1” could not be written.</source>
        <translation>Không ghi được tệp “%1”.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Lưu “%1” thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AgencyTreeModel</name>
    <message>
        <source>Agency</source>
        <comment>column header</comment>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>column of the agency codes</comment>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Group of: %1</source>
        <translation>Nhóm gồm: %1</translation>
    </message>
    <message>
        <source>Listed here as a member of the group above.</source>
        <translation>Hiện ở đây với tư cách thành viên của nhóm bên trên.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>Retired on %1: merged into %2.</source>
        <translation>Ngừng sử dụng từ %1: đã sáp nhập vào %2.</translation>
    </message>
    <message>
        <source>Retired on %1; kept for the records that name it.</source>
        <translation>Ngừng sử dụng từ %1; được giữ lại cho các dữ liệu có nêu đơn vị này.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::AsOfControl</name>
    <message>
        <source>Status &amp;on:</source>
        <comment>label of the as-of date</comment>
        <translation>Tình trạng đến &amp;ngày:</translation>
    </message>
    <message>
        <source>Every view shows the plan as it stood on this day</source>
        <translation>Mọi phần hiển thị đều thể hiện tình trạng kế hoạch tại ngày này</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <comment>set the as-of date to today</comment>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>Show the plan as of today</source>
        <translation>Xem kế hoạch tính đến hôm nay</translation>
    </message>
    <message>
        <source>Status &amp;On</source>
        <comment>menu of usual as-of days</comment>
        <translation>&amp;Tình trạng đến ngày</translation>
    </message>
    <message>
        <source>Last Reporting &amp;Cut-off</source>
        <translation>Ngày &amp;chốt số liệu kỳ trước</translation>
    </message>
    <message>
        <source>End of Last &amp;Month</source>
        <translation>Cuối &amp;tháng trước</translation>
    </message>
    <message>
        <source>End of Last &amp;Quarter</source>
        <translation>Cuối &amp;quý trước</translation>
    </message>
    <message>
        <source>End of Last &amp;Half-Year</source>
        <translation>Cuối &amp;6 tháng trước</translation>
    </message>
    <message>
        <source>End of Last &amp;Year</source>
        <translation>Cuối &amp;năm trước</translation>
    </message>
</context>
<context>
    <name>PlanTrack::CityStructure</name>
    <message>
        <source>The file is not a PlanTrack agency structure.</source>
        <translation>Tệp không phải là cơ cấu đơn vị của PlanTrack.</translation>
    </message>
    <message>
        <source>Agency %1 of the structure has no code, no name, or a code used before.</source>
        <translation>Đơn vị thứ %1 của cơ cấu không có mã, không có tên hoặc có mã đã dùng trước đó.</translation>
    </message>
    <message>
        <source>The parent “%1” of “%2” is not listed before it.</source>
        <translation>Đơn vị cấp trên “%1” của “%2” không được liệt kê trước “%2”.</translation>
    </message>
    <message>
        <source>The member “%1” of “%2” is not an agency of the structure, or “%2” is not a group.</source>
        <translation>Thành viên “%1” của “%2” không phải là đơn vị trong cơ cấu, hoặc “%2” không phải là nhóm.</translation>
    </message>
    <message>
        <source>This copy of PlanTrack is incomplete: the agency structure is missing.</source>
        <translation>Bản PlanTrack này không đầy đủ: thiếu cơ cấu đơn vị.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli</name>
    <message>
        <source>The result could not be written to the standard output.</source>
        <translation>Không ghi được kết quả ra đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as yyyy-MM-dd, e.g. 2026-06-14.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng yyyy-MM-dd, ví dụ 2026-06-14.</translation>
    </message>
    <message>
        <source>The workspace holds no plan.</source>
        <translation>Tệp dữ liệu không có kế hoạch nào.</translation>
    </message>
    <message>
        <source>The workspace holds no plan with the code “%1”; its plans are: %2.</source>
        <translation>Tệp dữ liệu không có kế hoạch mã “%1”; các kế hoạch hiện có: %2.</translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: text (default), csv or json.</source>
        <translation>Xuất theo &lt;định dạng&gt;: text (mặc định), csv hoặc json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>The plan with the code &lt;code&gt;; by default the first one.</source>
        <translation>Kế hoạch có mã &lt;mã&gt;; mặc định là kế hoạch đầu tiên.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of the standard output.</source>
        <translation>Ghi vào &lt;tệp&gt; thay cho đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use text, csv or json.</source>
        <translation>Không có định dạng “%1”; hãy dùng text, csv hoặc json.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::AgenciesCommand</name>
    <message>
        <source>group without members</source>
        <translation>nhóm chưa có thành viên</translation>
    </message>
    <message numerus="yes">
        <source>group of %n: %1</source>
        <translation>
            <numerusform>nhóm gồm %n đơn vị: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>retired on %1</source>
        <translation>ngừng sử dụng từ %1</translation>
    </message>
    <message>
        <source>retired on %1, merged into %2</source>
        <translation>ngừng sử dụng từ %1, sáp nhập vào %2</translation>
    </message>
    <message>
        <source>List the agencies and groups with their codes (text, CSV or JSON).</source>
        <translation>Liệt kê các đơn vị và nhóm kèm mã (văn bản, CSV hoặc JSON).</translation>
    </message>
    <message>
        <source>Also list retired agencies, with the day they were retired and the agency they were merged into.</source>
        <translation>Liệt kê cả các đơn vị đã ngừng sử dụng, kèm ngày ngừng sử dụng và đơn vị mà đơn vị đó được sáp nhập vào.</translation>
    </message>
    <message>
        <source>agencies takes no file name; name the output with -o.</source>
        <translation>Lệnh agencies không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::CommandLine</name>
    <message>
        <source>A command is required: %1.</source>
        <translation>Cần chỉ rõ một lệnh: %1.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are: %2.</source>
        <translation>Không có lệnh “%1”; các lệnh là: %2.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; the languages are: %2.</source>
        <translation>Không có ngôn ngữ “%1”; các ngôn ngữ là: %2.</translation>
    </message>
    <message>
        <source>The option --db needs the name of a workspace file.</source>
        <translation>Tùy chọn --db cần tên của một tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Use the workspace &lt;file&gt; instead of the one the desktop program uses. A file that does not exist yet becomes a new workspace holding the bundled plan.</source>
        <translation>Dùng tệp dữ liệu &lt;tệp&gt; thay cho tệp mà ứng dụng PlanTrack trên máy tính đang dùng. Nếu tệp chưa có, một tệp dữ liệu mới chứa kế hoạch kèm theo chương trình sẽ được tạo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Write messages in &lt;language&gt;: vi or en. By default, the language chosen in the desktop program.</source>
        <translation>Viết thông báo bằng &lt;ngôn ngữ&gt;: vi hoặc en. Mặc định là ngôn ngữ đã chọn trong ứng dụng PlanTrack trên máy tính.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>List every problem found, not only the first one.</source>
        <translation>Liệt kê mọi lỗi tìm thấy, không chỉ lỗi đầu tiên.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện phần trợ giúp này.</translation>
    </message>
    <message>
        <source>Show the version of the program.</source>
        <translation>Hiện phiên bản của chương trình.</translation>
    </message>
    <message>
        <source>What to do; see the commands below.</source>
        <translation>Việc cần làm; xem các lệnh dưới đây.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [&lt;arguments&gt;]</source>
        <translation>&lt;lệnh&gt; [&lt;đối số&gt;]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run “%1 &lt;command&gt; --help” for the arguments and options of a command.</source>
        <translation>Chạy “%1 &lt;lệnh&gt; --help” để xem đối số và tùy chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>Without --db the workspace of the desktop program is used: %1</source>
        <translation>Nếu không có --db, chương trình dùng tệp dữ liệu của ứng dụng trên máy tính: %1</translation>
    </message>
    <message>
        <source>%1 Run “%2 --help” for the usage.</source>
        <translation>%1 Chạy “%2 --help” để xem cách dùng.</translation>
    </message>
    <message>
        <source>Works on PlanTrack workspaces without a display: plans in and out, status as of a date, progress and indicator tables, agencies, the timeline and the progress report.</source>
        <translation>Làm việc với tệp dữ liệu PlanTrack không cần màn hình: nhập, xuất kế hoạch; tình trạng tính đến một ngày; bảng tiến độ và số liệu chỉ tiêu; đơn vị; biểu đồ thời gian và báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>command</source>
        <comment>name of the positional argument in the help</comment>
        <translation>lệnh</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ExportCommand</name>
    <message>
        <source>Write a plan of the workspace as a plan file (JSON) or a table (CSV).</source>
        <translation>Xuất một kế hoạch trong tệp dữ liệu thành tệp kế hoạch (JSON) hoặc bảng (CSV).</translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: json (the plan file format) or csv (one row a task).</source>
        <translation>Xuất theo &lt;định dạng&gt;: json (định dạng tệp kế hoạch) hoặc csv (mỗi nhiệm vụ một dòng).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of the standard output; the file is replaced only once it is complete.</source>
        <translation>Ghi vào &lt;tệp&gt; thay cho đầu ra chuẩn; tệp chỉ được thay thế khi đã ghi xong.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Export the plan with the code &lt;code&gt;; by default the first plan of the workspace.</source>
        <translation>Xuất kế hoạch có mã &lt;mã&gt;; mặc định là kế hoạch đầu tiên trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark, so that Excel reads it as UTF-8.</source>
        <translation>Ghi dấu thứ tự byte (BOM) ở đầu tệp CSV để Excel đọc đúng UTF-8.</translation>
    </message>
    <message>
        <source>export takes no file name; name the output with -o.</source>
        <translation>Lệnh export không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
    <message>
        <source>export needs --format json or --format csv.</source>
        <translation>Lệnh export cần --format json hoặc --format csv.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use json or csv.</source>
        <translation>Không có định dạng “%1”; hãy dùng json hoặc csv.</translation>
    </message>
    <message>
        <source>--bom applies to CSV only.</source>
        <translation>--bom chỉ dùng cho CSV.</translation>
    </message>
    <message>
        <source>Exported plan %1 to “%2”.</source>
        <translation>Đã xuất kế hoạch %1 ra “%2”.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::GanttCommand</name>
    <message>
        <source>Print the timeline of a plan as of a date to a PDF file.</source>
        <translation>In biểu đồ thời gian của một kế hoạch tính đến một ngày ra tệp PDF.</translation>
    </message>
    <message>
        <source>Show the statuses as of &lt;date&gt; (yyyy-MM-dd); by default today.</source>
        <translation>Hiện tình trạng tính đến &lt;ngày&gt; (yyyy-MM-dd); mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Start the timeline on &lt;date&gt; (yyyy-MM-dd); by default at the start of the plan's first year.</source>
        <translation>Bắt đầu biểu đồ thời gian từ &lt;ngày&gt; (yyyy-MM-dd); mặc định là đầu năm đầu tiên của kế hoạch.</translation>
    </message>
    <message>
        <source>End the timeline on &lt;date&gt; (yyyy-MM-dd); by default at the end of the plan's last year.</source>
        <translation>Kết thúc biểu đồ thời gian vào &lt;ngày&gt; (yyyy-MM-dd); mặc định là cuối năm cuối cùng của kế hoạch.</translation>
    </message>
    <message>
        <source>Print on &lt;size&gt; paper, turned to landscape: A4 (default) or A3.</source>
        <translation>In trên &lt;khổ giấy&gt;, đặt ngang: A4 (mặc định) hoặc A3.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>khổ giấy</translation>
    </message>
    <message>
        <source>Divide the time axis into &lt;unit&gt;: weeks, months, quarters (default) or years.</source>
        <translation>Chia trục thời gian theo &lt;đơn vị thời gian&gt;: weeks (tuần), months (tháng), quarters (quý, mặc định) hoặc years (năm).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị thời gian</translation>
    </message>
    <message>
        <source>Write the PDF to &lt;file&gt;; it is replaced only once it is complete.</source>
        <translation>Ghi tệp PDF vào &lt;tệp&gt;; tệp chỉ được thay thế khi đã ghi xong.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>gantt takes no file name; name the PDF file with -o.</source>
        <translation>Lệnh gantt không nhận tên tệp; hãy chỉ định tệp PDF bằng -o.</translation>
    </message>
    <message>
        <source>gantt needs the PDF file to write: -o FILE.pdf.</source>
        <translation>Lệnh gantt cần tệp PDF để ghi: -o TỆP.pdf.</translation>
    </message>
    <message>
        <source>Unknown paper size “%1”; use A4 or A3.</source>
        <translation>Không có khổ giấy “%1”; hãy dùng A4 hoặc A3.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”; use weeks, months, quarters or years.</source>
        <translation>Không có đơn vị thời gian “%1”; hãy dùng weeks, months, quarters hoặc years.</translation>
    </message>
    <message>
        <source>The timeline cannot end (%1) before it starts (%2).</source>
        <translation>Biểu đồ thời gian không thể kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed the timeline of plan %1 on %n page(s) to “%2”.</source>
        <translation>
            <numerusform>Đã in biểu đồ thời gian của kế hoạch %1 thành %n trang vào “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ImportCommand</name>
    <message>
        <source>Add the plan of a plan file (JSON) to the workspace.</source>
        <translation>Thêm kế hoạch từ một tệp kế hoạch (JSON) vào tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The plan file to import, in the format that export --format json writes.</source>
        <translation>Tệp kế hoạch cần nhập, theo định dạng mà export --format json tạo ra.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>TỆP.json</translation>
    </message>
    <message>
        <source>import needs exactly one plan file.</source>
        <translation>Lệnh import cần đúng một tệp kế hoạch.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported plan %1: %n row(s).</source>
        <translation>
            <numerusform>Đã nhập kế hoạch %1: %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>Không nhập được “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>Không nhập được “%1”; tệp có %n lỗi:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>Không nhập được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(và %n lỗi khác)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::IndicatorsCommand</name>
    <message>
        <source>%1 — targets on %2</source>
        <translation>%1 — các chỉ tiêu tính đến ngày %2</translation>
    </message>
    <message>
        <source>%1; %2 of %3 agencies reported</source>
        <translation>%1; %2/%3 đơn vị đã báo cáo</translation>
    </message>
    <message>
        <source>The plan has no rows with a numeric target.</source>
        <translation>Kế hoạch không có dòng nào có chỉ tiêu định lượng.</translation>
    </message>
    <message>
        <source>Write the targets of a plan with their pooled values as of a date.</source>
        <translation>Xuất các chỉ tiêu của một kế hoạch với giá trị tổng hợp tính đến một ngày.</translation>
    </message>
    <message>
        <source>Take the values as of &lt;date&gt; (yyyy-MM-dd): periods ending later are left out. By default today.</source>
        <translation>Lấy giá trị tính đến &lt;ngày&gt; (yyyy-MM-dd): bỏ qua các kỳ kết thúc sau ngày đó. Mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>indicators takes no file name; name the output with -o.</source>
        <translation>Lệnh indicators không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ObservationsCommand</name>
    <message>
        <source>Import observations of the targets from a table (CSV), or export them.</source>
        <translation>Nhập số liệu các chỉ tiêu từ bảng (CSV), hoặc xuất số liệu đó.</translation>
    </message>
    <message>
        <source>import FILE.csv, or export. The table has the columns %1.</source>
        <translation>import TỆP.csv, hoặc export. Bảng có các cột %1.</translation>
    </message>
    <message>
        <source>import FILE.csv | export</source>
        <translation>import TỆP.csv | export</translation>
    </message>
    <message>
        <source>Use the targets of the plan with the code &lt;code&gt;; by default the first plan.</source>
        <translation>Dùng các chỉ tiêu của kế hoạch có mã &lt;mã&gt;; mặc định là kế hoạch đầu tiên.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of the standard output.</source>
        <translation>export: ghi vào &lt;tệp&gt; thay cho đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>export: start the file with a byte order mark, so that Excel reads it as UTF-8.</source>
        <translation>export: ghi dấu thứ tự byte (BOM) ở đầu tệp để Excel đọc đúng UTF-8.</translation>
    </message>
    <message>
        <source>observations import needs exactly one CSV file.</source>
        <translation>Lệnh observations import cần đúng một tệp CSV.</translation>
    </message>
    <message>
        <source>-o and --bom apply to observations export only.</source>
        <translation>-o và --bom chỉ dùng cho observations export.</translation>
    </message>
    <message>
        <source>observations export takes no file name; name the output with -o.</source>
        <translation>Lệnh observations export không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
    <message>
        <source>observations needs import FILE.csv or export.</source>
        <translation>Lệnh observations cần import TỆP.csv hoặc export.</translation>
    </message>
    <message>
        <source>Unknown action “%1”; use import or export.</source>
        <translation>Không có thao tác “%1”; hãy dùng import hoặc export.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n observation(s) for plan %1.</source>
        <translation>
            <numerusform>Đã nhập %n số liệu cho kế hoạch %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the observations of plan %1 to “%2”.</source>
        <translation>Đã xuất số liệu của kế hoạch %1 ra “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>Không nhập được “%1”; tệp có %n lỗi:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>Không nhập được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s); --verbose lists them all)</source>
        <translation>
            <numerusform>(và %n lỗi khác; dùng --verbose để xem đầy đủ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ProgressCommand</name>
    <message>
        <source>Import progress updates from a table (CSV), or export them or a blank table.</source>
        <translation>Nhập cập nhật tiến độ từ bảng (CSV), hoặc xuất các cập nhật đó hay một bảng trống.</translation>
    </message>
    <message>
        <source>import FILE.csv, or export.</source>
        <translation>import TỆP.csv, hoặc export.</translation>
    </message>
    <message>
        <source>import|export</source>
        <translation>import|export</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt; instead of the standard output.</source>
        <translation>export: ghi vào &lt;tệp&gt; thay cho đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>export: a blank table with one line per row and lead agency, to fill in.</source>
        <translation>export: bảng trống để điền, mỗi cặp dòng kế hoạch và đơn vị chủ trì một dòng.</translation>
    </message>
    <message>
        <source>export: only updates dated on or before &lt;date&gt; (yyyy-MM-dd).</source>
        <translation>export: chỉ các cập nhật có ngày từ &lt;ngày&gt; trở về trước (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>export: start with a byte order mark, so that Excel reads UTF-8.</source>
        <translation>export: ghi dấu thứ tự byte (BOM) ở đầu tệp để Excel đọc đúng UTF-8.</translation>
    </message>
    <message>
        <source>import: check the table and write nothing.</source>
        <translation>import: chỉ kiểm tra bảng, không ghi gì.</translation>
    </message>
    <message>
        <source>progress needs an action: import or export.</source>
        <translation>Lệnh progress cần một thao tác: import hoặc export.</translation>
    </message>
    <message>
        <source>Unknown action “%1”; use import or export.</source>
        <translation>Không có thao tác “%1”; hãy dùng import hoặc export.</translation>
    </message>
    <message>
        <source>progress import needs exactly one table (CSV).</source>
        <translation>Lệnh progress import cần đúng một bảng (CSV).</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported; it has %n problem(s):</source>
        <translation>
            <numerusform>Không nhập được “%1”; bảng có %n lỗi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %2 (and %n more problem(s); --verbose lists them)</source>
        <translation>
            <numerusform>Không nhập được “%1”: %2 (và %n lỗi khác; dùng --verbose để xem đầy đủ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n valid update(s); nothing was written.</source>
        <translation>
            <numerusform>“%1” có %n cập nhật hợp lệ; chưa ghi gì vào tệp dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>Không nhập được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n update(s).</source>
        <translation>
            <numerusform>Đã nhập %n cập nhật tiến độ.</numerusform>
        </translation>
    </message>
    <message>
        <source>progress export takes no file name; name the output with -o.</source>
        <translation>Lệnh progress export không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::ReportCommand</name>
    <message>
        <source>Write the progress report in the official format (PDF or editable ODT).</source>
        <translation>Xuất báo cáo tiến độ theo thể thức văn bản hành chính (PDF hoặc ODT để chỉnh sửa).</translation>
    </message>
    <message>
        <source>Report as of &lt;date&gt; (yyyy-MM-dd); by default today.</source>
        <translation>Báo cáo tính đến &lt;ngày&gt; (yyyy-MM-dd); mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Report on the rows of the agency with the code &lt;code&gt; only.</source>
        <translation>Chỉ báo cáo các dòng của đơn vị có mã &lt;mã&gt;.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Write &lt;format&gt;: pdf or odt; by default the extension of the file decides.</source>
        <translation>Xuất theo &lt;định dạng&gt;: pdf hoặc odt; mặc định theo phần mở rộng của tên tệp.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt;.</source>
        <translation>Ghi báo cáo vào &lt;tệp&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Leave out the charts of the targets.</source>
        <translation>Không đưa biểu đồ các chỉ tiêu vào báo cáo.</translation>
    </message>
    <message>
        <source>report takes no file name; name the output with -o.</source>
        <translation>Lệnh report không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
    <message>
        <source>report needs the file to write, e.g. -o report.pdf.</source>
        <translation>Lệnh report cần tệp để ghi, ví dụ -o bao-cao.pdf.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use pdf or odt.</source>
        <translation>Không có định dạng “%1”; hãy dùng pdf hoặc odt.</translation>
    </message>
    <message>
        <source>Add the timeline of the rows as a landscape appendix.</source>
        <translation>Thêm biểu đồ thời gian của các nhiệm vụ làm phụ lục trang ngang.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Cli::StatusCommand</name>
    <message>
        <source>%1 — status on %2</source>
        <translation>%1 — tình trạng đến ngày %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n dòng:</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue rate %1%</source>
        <translation>tỷ lệ quá hạn %1%</translation>
    </message>
    <message>
        <source>Write the status of every row as of a date (text, CSV or JSON).</source>
        <translation>Xuất tình trạng của mọi dòng kế hoạch tính đến một ngày (văn bản, CSV hoặc JSON).</translation>
    </message>
    <message>
        <source>Judge the rows as of &lt;date&gt; (yyyy-MM-dd); by default today.</source>
        <translation>Đánh giá các dòng tính đến &lt;ngày&gt; (yyyy-MM-dd); mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Add a line for each agency that answers for a row.</source>
        <translation>Thêm một dòng cho mỗi đơn vị chịu trách nhiệm về dòng kế hoạch.</translation>
    </message>
    <message>
        <source>Only the rows of the agency with the code &lt;code&gt;, with its role and the group that brings the row to it.</source>
        <translation>Chỉ các dòng của đơn vị có mã &lt;mã&gt;, kèm vai trò của đơn vị và nhóm mà qua đó đơn vị được giao dòng.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>status takes no file name; name the output with -o.</source>
        <translation>Lệnh status không nhận tên tệp; hãy chỉ định tệp kết quả bằng -o.</translation>
    </message>
    <message>
        <source>The workspace has no agency with the code “%1”.</source>
        <translation>Tệp dữ liệu không có đơn vị mã “%1”.</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>coordinating</source>
        <translation>phối hợp</translation>
    </message>
</context>
<context>
    <name>PlanTrack::CsvReader</name>
    <message>
        <source>The file is not in UTF-8. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
        <translation>Tệp không dùng bảng mã UTF-8. Hãy lưu lại từ bảng tính theo kiểu “CSV UTF-8” rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>Tệp trống; tệp cần có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; a closing double quote (") is missing.</source>
        <translation>Dòng %1: một ô mở ngoặc kép nhưng chưa đóng; thiếu dấu ngoặc kép đóng (").</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Database</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1” là thư mục, không phải tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened or created.</source>
        <translation>Không mở hoặc tạo được tệp dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a PlanTrack workspace, or the file is damaged. It was left unchanged.</source>
        <translation>“%1” không phải tệp dữ liệu PlanTrack, hoặc tệp đã bị hỏng. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a PlanTrack workspace. It was left unchanged.</source>
        <translation>“%1” là cơ sở dữ liệu của chương trình khác, không phải tệp dữ liệu PlanTrack. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of PlanTrack (schema %2; this version reads up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation>“%1” được ghi bởi phiên bản PlanTrack mới hơn (lược đồ %2; phiên bản này chỉ đọc được đến lược đồ %3). Hãy cài phiên bản mới hơn để mở; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be prepared for use.</source>
        <translation>Không chuẩn bị được tệp dữ liệu “%1” để sử dụng.</translation>
    </message>
    <message>
        <source>This copy of PlanTrack is incomplete: schema step %1 is missing.</source>
        <translation>Bản PlanTrack này không đầy đủ: thiếu bước nâng cấp lược đồ %1.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded (schema step %2).</source>
        <translation>Không nâng cấp được tệp dữ liệu “%1” (bước nâng cấp lược đồ %2).</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>Không đọc hoặc ghi được tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>The observation no longer exists in the workspace.</source>
        <translation>Số liệu không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The progress update no longer exists in the workspace.</source>
        <translation>Cập nhật tiến độ không còn trong tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::DeadlineDialog</name>
    <message>
        <source>Change Deadline of Row %1</source>
        <translation>Điều chỉnh thời hạn của dòng %1</translation>
    </message>
    <message>
        <source>In the plan: %1</source>
        <translation>Theo kế hoạch: %1</translation>
    </message>
    <message>
        <source>From %1: %2 (%3 of %4)</source>
        <translation>Từ %1: %2 (%3 ngày %4)</translation>
    </message>
    <message>
        <source>e.g. Tháng 6/2026, Quý III/2026, 30/09/2026</source>
        <translation>ví dụ: Tháng 6/2026, Quý III/2026, 30/09/2026</translation>
    </message>
    <message>
        <source>e.g. 45/QĐ-UBND</source>
        <translation>ví dụ: 45/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;New completion time:</source>
        <translation>Thời gian hoàn thành &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>Áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>Not understood; write e.g. “Tháng 6/2026”.</source>
        <translation>Không hiểu được; hãy viết, ví dụ, “Tháng 6/2026”.</translation>
    </message>
    <message>
        <source>The completion time “%1” is not understood.</source>
        <translation>Không hiểu được thời gian hoàn thành “%1”.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::GanttLegend</name>
    <message>
        <source>due day</source>
        <translation>ngày đến hạn</translation>
    </message>
    <message>
        <source>range of years, progress inside</source>
        <translation>nhiều năm, tiến độ bên trong</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>ongoing: ends of reporting periods</source>
        <translation>thường xuyên: cuối các kỳ báo cáo</translation>
    </message>
    <message>
        <source>section</source>
        <translation>mục</translation>
    </message>
    <message>
        <source>falls due soon</source>
        <translation>sắp đến hạn</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>ngày tính đến</translation>
    </message>
</context>
<context>
    <name>PlanTrack::GanttPrinter</name>
    <message>
        <source>Print Preview of the Timeline</source>
        <translation>Xem trước khi in biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Tình trạng đến ngày %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3</source>
        <comment>of a printed timeline</comment>
        <translation>Dòng %1 đến %2 trên tổng số %3</translation>
    </message>
    <message>
        <source>%1; time from %2 to %3</source>
        <comment>rows of a printed page, then its dates</comment>
        <translation>%1; thời gian từ %2 đến %3</translation>
    </message>
</context>
<context>
    <name>PlanTrack::GanttView</name>
    <message>
        <source>%1: %2 to %3</source>
        <comment>tooltip on the time axis</comment>
        <translation>%1: %2 đến %3</translation>
    </message>
    <message>
        <source>Zoom Level</source>
        <comment>of the timeline</comment>
        <translation>Mức thu phóng</translation>
    </message>
    <message>
        <source>How much time one screen of the timeline shows</source>
        <translation>Khoảng thời gian hiển thị trên một màn hình của biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <comment>timeline</comment>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Show the timeline in more detail</source>
        <translation>Xem biểu đồ thời gian chi tiết hơn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <comment>timeline</comment>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Show a longer span of time</source>
        <translation>Xem khoảng thời gian dài hơn</translation>
    </message>
    <message>
        <source>&amp;Fit the Plan</source>
        <comment>timeline</comment>
        <translation>&amp;Vừa toàn bộ kế hoạch</translation>
    </message>
    <message>
        <source>Show the whole plan in the width of the timeline</source>
        <translation>Hiện toàn bộ kế hoạch vừa chiều rộng của biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Rows due from %1 to %2</source>
        <translation>Các dòng có hạn từ %1 đến %2</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
    <message>
        <source>Completion time: %1 (%2)</source>
        <translation>Thời gian hoàn thành: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>(falls due soon)</source>
        <translation>(sắp đến hạn)</translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation>Tiến độ: %1%</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Indicator</name>
    <message>
        <source>met</source>
        <comment>indicator result</comment>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>indicator result</comment>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>no data</source>
        <comment>indicator result</comment>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>at least</source>
        <comment>target direction</comment>
        <translation>tối thiểu</translation>
    </message>
    <message>
        <source>at most</source>
        <comment>target direction</comment>
        <translation>tối đa</translation>
    </message>
    <message>
        <source>exactly</source>
        <comment>target direction</comment>
        <translation>bằng</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>every six months</source>
        <translation>6 tháng một lần</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorBook</name>
    <message>
        <source>The indicator of the observation does not exist in the workspace.</source>
        <translation>Chỉ tiêu của số liệu không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The agency of the observation does not exist in the workspace.</source>
        <translation>Đơn vị của số liệu không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is a group; each of its members reports for itself.</source>
        <translation>“%1” là nhóm; từng thành viên của nhóm tự báo cáo số liệu của mình.</translation>
    </message>
    <message>
        <source>%1 is neither the lead nor a coordinating unit of row %2, so it does not report this indicator.</source>
        <translation>%1 không phải là đơn vị chủ trì hay phối hợp của chỉ tiêu %2 nên không báo cáo chỉ tiêu này.</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, the first on or before the last.</source>
        <translation>Kỳ cần có ngày đầu và ngày cuối, ngày đầu không được sau ngày cuối.</translation>
    </message>
    <message>
        <source>The period %1 lies outside the period of the indicator, %2.</source>
        <translation>Kỳ %1 nằm ngoài thời gian thực hiện chỉ tiêu (%2).</translation>
    </message>
    <message>
        <source>There are no figures to withdraw for %1 in %2.</source>
        <translation>Không có số liệu nào của %1 trong kỳ %2 để rút lại.</translation>
    </message>
    <message>
        <source>Row %1 is a ratio: give both the numerator and the denominator.</source>
        <translation>Chỉ tiêu %1 là tỷ lệ: hãy nhập cả tử số và mẫu số.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Số lượng không được âm.</translation>
    </message>
    <message>
        <source>The numerator (%1) is greater than the denominator (%2).</source>
        <translation>Tử số (%1) lớn hơn mẫu số (%2).</translation>
    </message>
    <message>
        <source>Row %1 is a ratio; its value is computed from the counts.</source>
        <translation>Chỉ tiêu %1 là tỷ lệ; giá trị được tính từ tử số và mẫu số.</translation>
    </message>
    <message>
        <source>Row %1 is a plain value: give the value, not a numerator and denominator.</source>
        <translation>Chỉ tiêu %1 là giá trị đơn: hãy nhập giá trị, không nhập tử số và mẫu số.</translation>
    </message>
    <message>
        <source>Row %1 needs a value.</source>
        <translation>Chỉ tiêu %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không được âm.</translation>
    </message>
    <message>
        <source>The same agency and period are given twice.</source>
        <translation>Cùng một đơn vị và kỳ được nhập hai lần.</translation>
    </message>
    <message>
        <source>The observation no longer exists in the workspace.</source>
        <translation>Số liệu không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The indicator does not exist in the workspace.</source>
        <translation>Chỉ tiêu không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>An indicator stays with the plan row it measures.</source>
        <translation>Không thể chuyển chỉ tiêu sang dòng kế hoạch khác với dòng mà chỉ tiêu đo lường.</translation>
    </message>
    <message>
        <source>The indicator needs a code.</source>
        <translation>Chỉ tiêu cần có mã.</translation>
    </message>
    <message>
        <source>The code “%1” is already used by row %2.</source>
        <translation>Mã “%1” đã được dùng cho chỉ tiêu %2.</translation>
    </message>
    <message>
        <source>The indicator needs a Vietnamese name.</source>
        <translation>Chỉ tiêu cần có tên tiếng Việt.</translation>
    </message>
    <message>
        <source>A percentage is measured as a ratio of two counts.</source>
        <translation>Chỉ tiêu phần trăm phải được tính bằng tỷ lệ giữa hai số lượng.</translation>
    </message>
    <message>
        <source>The amber band cannot be negative.</source>
        <translation>Ngưỡng cảnh báo (màu vàng) không được âm.</translation>
    </message>
    <message>
        <source>The lead agency does not exist in the workspace.</source>
        <translation>Đơn vị chủ trì không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>A baseline needs the date it was measured on.</source>
        <translation>Giá trị cơ sở cần có ngày đo.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCard</name>
    <message>
        <source>Target: %1 %2 by %3</source>
        <translation>Chỉ tiêu: %1 %2 đến năm %3</translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>Chưa báo cáo: %1</translation>
    </message>
    <message>
        <source>No period with data has ended yet.</source>
        <translation>Chưa có kỳ báo cáo nào có số liệu đã kết thúc.</translation>
    </message>
    <message>
        <source>Period %1; no earlier period to compare.</source>
        <translation>Kỳ %1; chưa có kỳ trước để so sánh.</translation>
    </message>
    <message>
        <source>Period %1: %2%3 percentage points since %4</source>
        <translation>Kỳ %1: %2%3 điểm phần trăm so với kỳ %4</translation>
    </message>
    <message>
        <source>Period %1: %2%3 since %4</source>
        <translation>Kỳ %1: %2%3 so với kỳ %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agencies reported</source>
        <translation>
            <numerusform>%1/%n đơn vị đã báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n đơn vị chưa có số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing reported for %1 yet.</source>
        <translation>Chưa có số liệu báo cáo cho kỳ %1.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorChartPanel</name>
    <message>
        <source>The workspace is closed.</source>
        <translation>Tệp dữ liệu đã đóng.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>City-wide by period</source>
        <translation>Toàn Thành phố theo kỳ</translation>
    </message>
    <message>
        <source>Agencies, last period</source>
        <translation>Các đơn vị, kỳ gần nhất</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Lưu biểu đồ thành ảnh PNG hoặc hình vẽ SVG</translation>
    </message>
    <message>
        <source>Not reported yet: %1.</source>
        <translation>Chưa báo cáo: %1.</translation>
    </message>
    <message>
        <source>Not reported for %1: %2.</source>
        <translation>Chưa báo cáo kỳ %1: %2.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCharts</name>
    <message>
        <source>Target %1 %2</source>
        <translation>Chỉ tiêu %1 %2</translation>
    </message>
    <message>
        <source>City-wide value</source>
        <translation>Giá trị toàn Thành phố</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>no period has ended</source>
        <translation>chưa hết kỳ</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Misses the target</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>no period yet</source>
        <translation>chưa có kỳ nào</translation>
    </message>
    <message>
        <source>%1. %2 — agencies, %3</source>
        <translation>%1. %2 — các đơn vị, %3</translation>
    </message>
    <message>
        <source>The image “%1” could not be written.</source>
        <translation>Không ghi được ảnh “%1”.</translation>
    </message>
    <message>
        <source>Chart made with PlanTrack</source>
        <translation>Biểu đồ được tạo bằng PlanTrack</translation>
    </message>
    <message>
        <source>The drawing “%1” could not be written.</source>
        <translation>Không ghi được hình vẽ “%1”.</translation>
    </message>
    <message>
        <source>no agency has reported</source>
        <translation>chưa có đơn vị nào báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n not reported</source>
        <translation>
            <numerusform>%n đơn vị chưa báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline %1 (%2)</source>
        <translation>Giá trị cơ sở %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorCommands</name>
    <message numerus="yes">
        <source>Record %n observation(s) of row %1</source>
        <translation>
            <numerusform>Ghi nhận %n số liệu của chỉ tiêu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The indicator no longer exists in the workspace.</source>
        <translation>Chỉ tiêu không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Edit indicator of row %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorDashboard</name>
    <message>
        <source>Targets as of %1</source>
        <translation>Các chỉ tiêu tính đến ngày %1</translation>
    </message>
    <message>
        <source>The plan has no rows with a numeric target.</source>
        <translation>Kế hoạch không có dòng nào có chỉ tiêu định lượng.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorDialog</name>
    <message>
        <source>Indicator of Row %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Giá trị cơ sở:</translation>
    </message>
    <message>
        <source>Reported &amp;every:</source>
        <translation>Tần suất &amp;báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Amber band:</source>
        <translation>&amp;Ngưỡng cảnh báo (vàng):</translation>
    </message>
    <message>
        <source>%1 %2 over %3 (set by the plan)</source>
        <translation>%1 %2 trong giai đoạn %3 (do kế hoạch quy định)</translation>
    </message>
    <message>
        <source>known</source>
        <comment>baseline</comment>
        <translation>đã có</translation>
    </message>
    <message>
        <source>The day the baseline was measured</source>
        <translation>Ngày đo giá trị cơ sở</translation>
    </message>
    <message>
        <source> percentage points</source>
        <translation> điểm phần trăm</translation>
    </message>
    <message>
        <source>A value that misses the target by no more than this is shown in amber, one further off in red.</source>
        <translation>Giá trị chưa đạt chỉ tiêu với mức chênh lệch không quá ngưỡng này được tô màu vàng; chênh lệch lớn hơn thì tô màu đỏ.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Tên (tiếng Anh):</translation>
    </message>
    <message>
        <source>N&amp;umerator:</source>
        <translation>Tử &amp;số:</translation>
    </message>
    <message>
        <source>Numerator in English:</source>
        <translation>Tử số (tiếng Anh):</translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation>Mẫ&amp;u số:</translation>
    </message>
    <message>
        <source>Denominator in English:</source>
        <translation>Mẫu số (tiếng Anh):</translation>
    </message>
    <message>
        <source>Optional; the Vietnamese text is shown when empty</source>
        <translation>Không bắt buộc; nếu để trống thì hiện nội dung tiếng Việt</translation>
    </message>
</context>
<context>
    <name>PlanTrack::IndicatorFeature</name>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>Không đọc được các chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>Chỉ t&amp;iêu</translation>
    </message>
    <message>
        <source>&amp;Enter Observations…</source>
        <translation>&amp;Nhập số liệu chỉ tiêu…</translation>
    </message>
    <message>
        <source>Enter one period's figures of a target for every agency at once</source>
        <translation>Nhập cùng lúc số liệu một kỳ của một chỉ tiêu cho tất cả các đơn vị</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target Charts</source>
        <translation>Biểu đồ chỉ tiêu</translation>
    </message>
    <message>
        <source>Edit &amp;Indicator…</source>
        <translation>&amp;Sửa chỉ tiêu…</translation>
    </message>
    <message>
        <source>Change the names, baseline, reporting frequency or colour band of the target the charts show</source>
        <translation>Thay đổi tên, giá trị cơ sở, tần suất báo cáo hoặc ngưỡng màu của chỉ tiêu đang hiện trên biểu đồ</translation>
    </message>
</context>
<context>
    <name>PlanTrack::MainWindow</name>
    <message>
        <source>The file does not exist. If it is on a removable drive, insert the drive and try again.</source>
        <translation>Tệp không tồn tại. Nếu tệp nằm trên ổ đĩa rời (ví dụ USB), hãy cắm ổ đĩa vào rồi thử lại.</translation>
    </message>
    <message>
        <source>PlanTrack</source>
        <translation>PlanTrack</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened.</source>
        <translation>Không mở được tệp dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Mở tệp khác…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Tạo tệp dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Follows the tasks of a government implementation plan: who leads and who coordinates each one, and when each is due.</source>
        <translation>Theo dõi các nhiệm vụ của kế hoạch triển khai của cơ quan nhà nước: đơn vị chủ trì, đơn vị phối hợp và thời hạn của từng nhiệm vụ.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Giấy phép: GNU General Public License, phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>About PlanTrack</source>
        <translation>Giới thiệu PlanTrack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Create a workspace file holding the bundled plan</source>
        <translation>Tạo tệp dữ liệu mới chứa kế hoạch kèm theo chương trình</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Open a workspace file, for example from a USB stick</source>
        <translation>Mở một tệp dữ liệu, ví dụ trên USB</translation>
    </message>
    <message>
        <source>&amp;Find Tasks</source>
        <translation>&amp;Tìm nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Mở rộng tất cả</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Thu &amp;gọn tất cả</translation>
    </message>
    <message>
        <source>&amp;About PlanTrack</source>
        <translation>&amp;Giới thiệu PlanTrack</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Search tasks, units and completion times (%1)</source>
        <translation>Tìm theo nhiệm vụ, đơn vị, thời gian hoàn thành (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>The workspace open before stays open.</source>
        <translation>Tệp dữ liệu đang mở trước đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>PlanTrack workspaces (*.sqlite);;All files (*)</source>
        <translation>Tệp dữ liệu PlanTrack (*.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Tạo tệp dữ liệu mới</translation>
    </message>
    <message>
        <source>PlanTrack workspaces (*.sqlite)</source>
        <translation>Tệp dữ liệu PlanTrack (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open the file with File → Open Workspace.</source>
        <translation>“%1” đã tồn tại. Hãy chọn tên khác, hoặc mở tệp bằng Tệp → Mở tệp dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>Đang hiện %1/%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>as lead or coordinating unit</source>
        <translation>với vai trò đơn vị chủ trì hoặc phối hợp</translation>
    </message>
    <message>
        <source>as lead unit</source>
        <translation>với vai trò đơn vị chủ trì</translation>
    </message>
    <message>
        <source>as coordinating unit</source>
        <translation>với vai trò đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Tasks of &lt;b&gt;%1&lt;/b&gt; %2. Rows in &lt;i&gt;italics&lt;/i&gt; reach it through a group.</source>
        <translation>Nhiệm vụ của &lt;b&gt;%1&lt;/b&gt; %2. Các dòng in &lt;i&gt;nghiêng&lt;/i&gt; được giao qua một nhóm.</translation>
    </message>
    <message>
        <source>The step could not be undone or redone: %1</source>
        <translation>Không hoàn tác hoặc làm lại được thao tác: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Add &amp;Update…</source>
        <translation>Thêm cập &amp;nhật tiến độ…</translation>
    </message>
    <message>
        <source>Record the progress an agency reports on the selected row</source>
        <translation>Ghi nhận tiến độ do một đơn vị báo cáo cho dòng đang chọn</translation>
    </message>
    <message>
        <source>Change &amp;Deadline…</source>
        <translation>Điều &amp;chỉnh thời hạn…</translation>
    </message>
    <message>
        <source>&amp;Schedule Settings…</source>
        <translation>&amp;Kỳ báo cáo và thời hạn…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>&amp;Import Progress Updates…</source>
        <translation>&amp;Nhập cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>Read a table of updates sent by agencies; nothing is kept unless all of it is valid</source>
        <translation>Đọc bảng cập nhật tiến độ do các đơn vị gửi; chỉ ghi nhận khi toàn bộ bảng hợp lệ</translation>
    </message>
    <message>
        <source>Save &amp;Blank Progress Table…</source>
        <translation>Lưu &amp;bảng tiến độ trống…</translation>
    </message>
    <message>
        <source>Write a table with one line per row and lead agency, for agencies to fill in</source>
        <translation>Tạo bảng để các đơn vị điền, mỗi cặp dòng kế hoạch và đơn vị chủ trì một dòng</translation>
    </message>
    <message>
        <source>The plan shown</source>
        <translation>Kế hoạch đang hiện</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <comment>show or hide the Gantt chart</comment>
        <translation>&amp;Biểu đồ thời gian</translation>
    </message>
    <message>
        <source>Show the rows on a time axis beside the table</source>
        <translation>Hiện các dòng trên trục thời gian bên cạnh bảng</translation>
    </message>
    <message>
        <source>Print &amp;Timeline…</source>
        <translation>&amp;In biểu đồ thời gian…</translation>
    </message>
    <message>
        <source>Preview and print the timeline landscape, across as many pages as it needs</source>
        <translation>Xem trước và in biểu đồ thời gian theo khổ ngang, trên số trang cần thiết</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
</context>
<context>
    <name>PlanTrack::MembersDialog</name>
    <message>
        <source>Member</source>
        <comment>column of the members dialog</comment>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Thành viên của %1</translation>
    </message>
    <message>
        <source>Tick the agencies and groups that belong to &lt;b&gt;%1&lt;/b&gt;. A row given to the group is answered for by each member; a group among the members brings its own members.</source>
        <translation>Đánh dấu các đơn vị và nhóm thuộc &lt;b&gt;%1&lt;/b&gt;. Mỗi thành viên đều chịu trách nhiệm về dòng được giao cho nhóm; thành viên là một nhóm thì các thành viên của nhóm đó cũng thuộc nhóm này.</translation>
    </message>
    <message>
        <source>No members: the group answers for its rows itself.</source>
        <translation>Chưa có thành viên: nhóm tự chịu trách nhiệm về các dòng của mình.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n thành viên: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::MergeDialog</name>
    <message>
        <source>Merge %1 Into…</source>
        <translation>Sáp nhập %1 vào…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n cập nhật tiến độ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator observation(s)</source>
        <translation>
            <numerusform>%n số liệu chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the agency that takes over the work of &lt;b&gt;%1&lt;/b&gt;. Its %2 go to that agency; where both are named on a row, it keeps one place, as lead if either led it. &lt;b&gt;%1&lt;/b&gt; is then retired and marked as merged. Edit → Undo takes the merge back.</source>
        <translation>Chọn đơn vị tiếp nhận nhiệm vụ của &lt;b&gt;%1&lt;/b&gt;. Toàn bộ %2 của đơn vị này sẽ chuyển sang đơn vị được chọn; dòng nào có tên cả hai đơn vị thì chỉ giữ một vị trí, là chủ trì nếu một trong hai đơn vị từng chủ trì. Sau đó &lt;b&gt;%1&lt;/b&gt; được chuyển sang ngừng sử dụng và đánh dấu đã sáp nhập. Chọn Sửa → Hoàn tác để hủy việc sáp nhập.</translation>
    </message>
    <message>
        <source>Merged &amp;from:</source>
        <translation>Sáp nhập &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sáp nhập</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ObservationCsv</name>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Dòng %1, cột “%2”: %3</translation>
    </message>
    <message>
        <source>Row 1: the header lacks the column(s) %1; the columns are: %2.</source>
        <translation>Dòng 1: tiêu đề thiếu cột %1; các cột cần có: %2.</translation>
    </message>
    <message>
        <source>the indicator is missing; give its row number or code.</source>
        <translation>thiếu chỉ tiêu; hãy ghi số thứ tự (STT) hoặc mã của chỉ tiêu.</translation>
    </message>
    <message>
        <source>no indicator has the row number or code “%1”.</source>
        <translation>không có chỉ tiêu nào có số thứ tự hoặc mã “%1”.</translation>
    </message>
    <message>
        <source>the agency is missing.</source>
        <translation>thiếu đơn vị.</translation>
    </message>
    <message>
        <source>no agency has the code or name “%1”.</source>
        <translation>không có đơn vị nào có mã hoặc tên “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a group; give a row for each of its members.</source>
        <translation>“%1” là nhóm; hãy ghi một dòng cho từng thành viên của nhóm.</translation>
    </message>
    <message>
        <source>%1 does not report row %2: it is neither its lead nor a coordinating unit.</source>
        <translation>%1 không báo cáo chỉ tiêu %2: đơn vị này không phải là đơn vị chủ trì hay phối hợp của chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>thiếu ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 31/12/2026.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng 2026-12-31 hoặc 31/12/2026.</translation>
    </message>
    <message>
        <source>the period ends before it starts.</source>
        <translation>kỳ kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>the period lies outside the period of row %1, %2.</source>
        <translation>kỳ nằm ngoài thời gian thực hiện của chỉ tiêu %1 (%2).</translation>
    </message>
    <message>
        <source>the count is missing; row %1 is a ratio.</source>
        <translation>thiếu số lượng; chỉ tiêu %1 là tỷ lệ.</translation>
    </message>
    <message>
        <source>“%1” is not a count; write a whole number of 0 or more, without separators.</source>
        <translation>“%1” không phải là số lượng; hãy viết số nguyên từ 0 trở lên, không có dấu phân cách.</translation>
    </message>
    <message>
        <source>the numerator (%1) is greater than the denominator (%2).</source>
        <translation>tử số (%1) lớn hơn mẫu số (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>the value %1 does not agree with %2 / %3; leave it empty or correct it.</source>
        <translation>giá trị %1 không khớp với %2 / %3; hãy để trống hoặc sửa lại.</translation>
    </message>
    <message>
        <source>row %1 is a plain value; leave the counts empty.</source>
        <translation>chỉ tiêu %1 là giá trị đơn; hãy để trống tử số và mẫu số.</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>thiếu giá trị.</translation>
    </message>
    <message>
        <source>“%1” is not a number of 0 or more.</source>
        <translation>“%1” không phải là số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>row %1 already gives this indicator, agency and period.</source>
        <translation>dòng %1 đã có số liệu của cùng chỉ tiêu, đơn vị và kỳ này.</translation>
    </message>
    <message>
        <source>The file holds no observations.</source>
        <translation>Tệp không có số liệu nào.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ObservationEntryDialog</name>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>The figures typed for %1 are not recorded yet. Discard them?</source>
        <translation>Số liệu đã nhập cho %1 chưa được ghi nhận. Bỏ các số liệu này?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to record.</source>
        <translation>Không có thay đổi nào để ghi nhận.</translation>
    </message>
    <message numerus="yes">
        <source>%n agency row(s) to record.</source>
        <translation>
            <numerusform>Có %n dòng đơn vị cần ghi nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter Observations</source>
        <translation>Nhập số liệu chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>Numerator: %1. Denominator: %2. Target: %3 %4.</source>
        <translation>Tử số: %1. Mẫu số: %2. Chỉ tiêu: %3 %4.</translation>
    </message>
    <message>
        <source>Target: %1 %2.</source>
        <translation>Chỉ tiêu: %1 %2.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ObservationGridModel</name>
    <message>
        <source>Enter a whole number of 0 or more, without separators.</source>
        <translation>Nhập số nguyên từ 0 trở lên, không có dấu phân cách.</translation>
    </message>
    <message>
        <source>Enter the numerator as well.</source>
        <translation>Nhập cả tử số.</translation>
    </message>
    <message>
        <source>Enter the denominator as well.</source>
        <translation>Nhập cả mẫu số.</translation>
    </message>
    <message>
        <source>The numerator (%1) is greater than the denominator (%2).</source>
        <translation>Tử số (%1) lớn hơn mẫu số (%2).</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more.</source>
        <translation>Nhập số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Enter the figures this text belongs to.</source>
        <translation>Hãy nhập số liệu mà nội dung này đi kèm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>Changed; recording keeps the earlier figures as history.</source>
        <translation>Đã thay đổi; khi ghi nhận, số liệu trước đó được giữ lại làm lịch sử.</translation>
    </message>
    <message>
        <source>New; not recorded yet.</source>
        <translation>Mới; chưa ghi nhận.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Do %1 ghi nhận lúc %2</translation>
    </message>
    <message>
        <source>Not reported for this period.</source>
        <translation>Chưa báo cáo trong kỳ này.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The report or document the figures come from</source>
        <translation>Báo cáo hoặc văn bản là nguồn của số liệu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Choose the cell where the block starts.</source>
        <translation>Hãy chọn ô bắt đầu của khối dữ liệu.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste.</source>
        <translation>Bộ nhớ tạm không có gì để dán.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not one of the agencies of this indicator.</source>
        <translation>Dòng %1: “%2” không thuộc các đơn vị của chỉ tiêu này.</translation>
    </message>
    <message numerus="yes">
        <source>The block has %n line(s), more than the rows below the chosen cell.</source>
        <translation>
            <numerusform>Khối dữ liệu có %n dòng, nhiều hơn số dòng tính từ ô đã chọn trở xuống.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has more columns than the table.</source>
        <translation>Dòng %1 có nhiều cột hơn bảng.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanImporter</name>
    <message>
        <source>The workspace is busy or read-only; nothing was imported.</source>
        <translation>Tệp dữ liệu đang bận hoặc chỉ cho phép đọc; không nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The workspace already holds a plan with the code “%1”; nothing was imported.</source>
        <translation>Tệp dữ liệu đã có kế hoạch mã “%1”; không nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The agency “%1” is a group in one place and not in the other; nothing was imported.</source>
        <translation>Đơn vị “%1” là nhóm ở một bên (tệp nhập hoặc tệp dữ liệu) nhưng không phải nhóm ở bên kia; không nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The section label “%1” is used more than once; it is kept as written.</source>
        <translation>Số hiệu mục “%1” được dùng nhiều lần; giữ nguyên như trong văn bản.</translation>
    </message>
    <message>
        <source>The agency tree of the file has a loop; nothing was imported.</source>
        <translation>Cây đơn vị trong tệp có vòng lặp; không nhập dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanJson</name>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>không phải JSON hợp lệ (%1 tại ký tự %2)</translation>
    </message>
    <message>
        <source>not a PlanTrack plan file ("format" is not "plantrack-plan")</source>
        <translation>không phải tệp kế hoạch PlanTrack ("format" không phải là "plantrack-plan")</translation>
    </message>
    <message>
        <source>version %1 of the plan format is not supported (this program reads version %2)</source>
        <translation>không hỗ trợ phiên bản %1 của định dạng kế hoạch (chương trình này đọc phiên bản %2)</translation>
    </message>
    <message>
        <source>a list of agencies is required</source>
        <translation>cần có danh sách đơn vị</translation>
    </message>
    <message>
        <source>the plan is missing</source>
        <translation>thiếu kế hoạch</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>cần có nội dung văn bản</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form yyyy-MM-dd</source>
        <translation>“%1” không phải là ngày theo dạng yyyy-MM-dd</translation>
    </message>
    <message>
        <source>must be a list of agency codes</source>
        <translation>phải là danh sách mã đơn vị</translation>
    </message>
    <message>
        <source>unknown agency code “%1”</source>
        <translation>không có mã đơn vị “%1”</translation>
    </message>
    <message>
        <source>agency “%1” is listed twice</source>
        <translation>đơn vị “%1” được liệt kê hai lần</translation>
    </message>
    <message>
        <source>the code “%1” is used twice</source>
        <translation>mã “%1” được dùng hai lần</translation>
    </message>
    <message>
        <source>only a group can have members</source>
        <translation>chỉ nhóm mới có thành viên</translation>
    </message>
    <message>
        <source>a group cannot contain itself</source>
        <translation>nhóm không thể chứa chính nó</translation>
    </message>
    <message>
        <source>the parents of “%1” form a loop</source>
        <translation>các đơn vị cấp trên của “%1” tạo thành vòng lặp</translation>
    </message>
    <message>
        <source>a plan needs at least one section</source>
        <translation>kế hoạch cần có ít nhất một mục</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>dòng %1 (%2)</translation>
    </message>
    <message>
        <source>the number “%1” is used twice</source>
        <translation>số thứ tự “%1” được dùng hai lần</translation>
    </message>
    <message>
        <source>a sub-task of row %1 must be numbered “%1.n”</source>
        <translation>nhiệm vụ con của dòng %1 phải được đánh số “%1.n”</translation>
    </message>
    <message>
        <source>at least one lead unit is required</source>
        <translation>cần có ít nhất một đơn vị chủ trì</translation>
    </message>
    <message>
        <source>sub-tasks cannot have sub-tasks</source>
        <translation>nhiệm vụ con không thể có nhiệm vụ con</translation>
    </message>
    <message>
        <source>the completion time is missing</source>
        <translation>thiếu thời gian hoàn thành</translation>
    </message>
    <message>
        <source>the completion time “%1” is not understood; give its "kind" and dates</source>
        <translation>không hiểu được thời gian hoàn thành “%1”; hãy ghi rõ "kind" và các ngày</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>không có loại (kind) “%1”</translation>
    </message>
    <message>
        <source>this kind of completion time needs a due date</source>
        <translation>loại thời gian hoàn thành này cần có ngày đến hạn</translation>
    </message>
    <message>
        <source>the start is after the due date</source>
        <translation>ngày bắt đầu sau ngày đến hạn</translation>
    </message>
    <message>
        <source>the unit must be "percent" or "count"</source>
        <translation>đơn vị đo phải là "percent" hoặc "count"</translation>
    </message>
    <message>
        <source>the direction must be "at_least", "at_most" or "exactly"</source>
        <translation>chiều so sánh phải là "at_least", "at_most" hoặc "exactly"</translation>
    </message>
    <message>
        <source>the target must be a number of at least 0</source>
        <translation>mức chỉ tiêu phải là số từ 0 trở lên</translation>
    </message>
    <message>
        <source>a percentage cannot exceed 100</source>
        <translation>tỷ lệ phần trăm không được vượt quá 100</translation>
    </message>
</context>
<context>
    <name>PlanTrack::PlanText</name>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>due %1, checked every year</source>
        <translation>hạn %1, kiểm tra hằng năm</translation>
    </message>
    <message>
        <source>from %1 to %2, checked every year</source>
        <translation>từ %1 đến %2, kiểm tra hằng năm</translation>
    </message>
    <message>
        <source>ongoing: no single deadline, judged in each reporting period</source>
        <translation>thường xuyên: không có một thời hạn chung, đánh giá theo từng kỳ báo cáo</translation>
    </message>
    <message>
        <source>every year, by the annual cut-off</source>
        <translation>hằng năm, hạn là ngày chốt báo cáo năm</translation>
    </message>
    <message>
        <source>during a period that depends on each case, judged in each reporting period</source>
        <translation>trong khoảng thời gian tùy từng trường hợp, đánh giá theo từng kỳ báo cáo</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>at least %1</source>
        <comment>indicator target</comment>
        <translation>tối thiểu %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <comment>indicator target</comment>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period</comment>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>role of an agency in a task</comment>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>coordinating</source>
        <comment>role of an agency in a task</comment>
        <translation>phối hợp</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressCommands</name>
    <message>
        <source>Add update to row %1</source>
        <translation>Thêm cập nhật tiến độ cho dòng %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n update(s)</source>
        <translation>
            <numerusform>Nhập %n cập nhật tiến độ</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit update of row %1</source>
        <translation>Sửa cập nhật tiến độ của dòng %1</translation>
    </message>
    <message>
        <source>Remove update of row %1</source>
        <translation>Xóa cập nhật tiến độ của dòng %1</translation>
    </message>
    <message>
        <source>Change deadline of row %1</source>
        <translation>Điều chỉnh thời hạn của dòng %1</translation>
    </message>
    <message>
        <source>The deadline change no longer exists in the workspace.</source>
        <translation>Điều chỉnh thời hạn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Withdraw deadline change of row %1</source>
        <translation>Rút lại điều chỉnh thời hạn của dòng %1</translation>
    </message>
    <message>
        <source>Change schedule settings</source>
        <translation>Thay đổi cài đặt kỳ báo cáo và thời hạn</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressCsv</name>
    <message>
        <source>The column “%1” is missing; the columns are: %2.</source>
        <translation>Thiếu cột “%1”; các cột cần có: %2.</translation>
    </message>
    <message>
        <source>The workspace holds no plan “%1”.</source>
        <translation>Tệp dữ liệu không có kế hoạch “%1”.</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>the plan has no row “%1”</source>
        <translation>kế hoạch không có dòng “%1”</translation>
    </message>
    <message>
        <source>unknown agency “%1”</source>
        <translation>không có đơn vị “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-MM-dd or dd/MM/yyyy)</source>
        <translation>“%1” không phải là ngày (yyyy-MM-dd hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>unknown state “%1”; use not_started, in_progress or completed</source>
        <translation>trạng thái “%1” không hợp lệ; hãy dùng “Chưa thực hiện”, “Đang thực hiện” hoặc “Đã hoàn thành” (not_started, in_progress, completed)</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” không phải là ngày</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>“%1” không phải là số nguyên từ 0 đến 100</translation>
    </message>
    <message>
        <source>The table holds no update.</source>
        <translation>Bảng không có cập nhật nào.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressImport</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Import Progress Updates</source>
        <translation>Nhập cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>Bảng (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: it has %n problem(s). Correct them and import the file again.</source>
        <translation>
            <numerusform>Không nhập dữ liệu nào từ “%1”: tệp có %n lỗi. Hãy sửa các lỗi rồi nhập lại tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Blank Progress Table</source>
        <translation>Lưu bảng tiến độ trống</translation>
    </message>
    <message>
        <source>progress-%1.csv</source>
        <translation>tien-do-%1.csv</translation>
    </message>
    <message>
        <source>Tables (*.csv)</source>
        <translation>Bảng (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n update(s). Edit → Undo takes the whole import back.</source>
        <translation>
            <numerusform>Đã nhập %n cập nhật tiến độ. Sửa → Hoàn tác sẽ hủy toàn bộ lần nhập này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressPanel</name>
    <message>
        <source>By agency</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;Add Update…</source>
        <translation>Thêm cậ&amp;p nhật…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xóa &amp;bỏ</translation>
    </message>
    <message>
        <source>Change &amp;Deadline…</source>
        <translation>Điều chỉnh thời &amp;hạn…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Change</source>
        <translation>&amp;Rút lại điều chỉnh</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật cuối</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Situation on</source>
        <translation>Tình hình đến ngày</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Result and progress</source>
        <translation>Kết quả, tiến độ thực hiện</translation>
    </message>
    <message>
        <source>Difficulties and proposals</source>
        <translation>Khó khăn, vướng mắc, kiến nghị</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Cách hiểu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Select a row to see its progress.</source>
        <translation>Chọn một dòng để xem tiến độ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt; on %2: %3, %4% done</source>
        <translation>&lt;b&gt;Dòng %1&lt;/b&gt; đến ngày %2: %3, hoàn thành %4%</translation>
    </message>
    <message>
        <source>%1, through “%2”</source>
        <translation>%1, qua nhóm “%2”</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (dòng %2)</translation>
    </message>
    <message>
        <source>Dated after %1: not counted in the status shown.</source>
        <translation>Có ngày sau %1: không tính vào tình trạng đang hiện.</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>update added</source>
        <translation>Thêm cập nhật tiến độ</translation>
    </message>
    <message>
        <source>update edited</source>
        <translation>Sửa cập nhật tiến độ</translation>
    </message>
    <message>
        <source>update removed</source>
        <translation>Xóa cập nhật tiến độ</translation>
    </message>
    <message>
        <source>deadline changed</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source>deadline change withdrawn</source>
        <translation>Rút lại điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source>PlanTrack</source>
        <translation>PlanTrack</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ProgressState</name>
    <message>
        <source>not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Report</name>
    <message>
        <source>The workspace holds no plan “%1”.</source>
        <translation>Tệp dữ liệu không có kế hoạch “%1”.</translation>
    </message>
    <message>
        <source>The workspace has no agency with the code “%1”.</source>
        <translation>Tệp dữ liệu không có đơn vị mã “%1”.</translation>
    </message>
    <message>
        <source>The report needs the date it is made as of.</source>
        <translation>Báo cáo cần có ngày tính đến.</translation>
    </message>
    <message>
        <source>The workspace holds no plan to report on.</source>
        <translation>Tệp dữ liệu không có kế hoạch nào để báo cáo.</translation>
    </message>
    <message>
        <source>The agency of the report does not exist in the workspace.</source>
        <translation>Đơn vị của báo cáo không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Progress of %1 in carrying out the %2 as of %3</source>
        <translation>Tiến độ %1 triển khai %2 tính đến ngày %3</translation>
    </message>
    <message>
        <source>Progress in carrying out the %1 as of %2</source>
        <translation>Tiến độ triển khai %1 tính đến ngày %2</translation>
    </message>
    <message>
        <source>Made up of the items %1 below.</source>
        <translation>Gồm các nội dung %1 dưới đây.</translation>
    </message>
    <message>
        <source>- No. %1 (%2): %3</source>
        <translation>- STT %1 (%2): %3</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>hoàn thành ngày %1</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>đạt %1%</translation>
    </message>
    <message>
        <source>not started</source>
        <comment>result of an update</comment>
        <translation>chưa thực hiện</translation>
    </message>
    <message>
        <source>Completion time changed from “%1” by %2 of %3</source>
        <translation>Thời gian hoàn thành được điều chỉnh từ “%1” theo văn bản số %2 ngày %3</translation>
    </message>
    <message>
        <source>Period %1–%2</source>
        <translation>Kỳ %1–%2</translation>
    </message>
    <message>
        <source>Due soon</source>
        <comment>note in the task table</comment>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Not reported: %1 of %2 lead units</source>
        <translation>Chưa báo cáo: %1/%2 đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>Chưa báo cáo: %1</translation>
    </message>
    <message>
        <source>Last update %1</source>
        <translation>Cập nhật gần nhất ngày %1</translation>
    </message>
    <message>
        <source>At least %1</source>
        <comment>indicator target</comment>
        <translation>Tối thiểu %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <comment>indicator target</comment>
        <translation>Tối đa %1</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>column of the running number (STT)</comment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>column: the task's text</comment>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Result and progress</source>
        <translation>Kết quả, tiến độ thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column of the task table</comment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Difficulties and proposals</source>
        <translation>Khó khăn, vướng mắc, kiến nghị</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>column of the task table</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>column group: rows completed</comment>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>column group: rows in progress</comment>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Judged per period</source>
        <comment>column group: recurring rows</comment>
        <translation>Đánh giá theo kỳ</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>column: agency</comment>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>column: rows led</comment>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>On time</source>
        <comment>column: completed on time</comment>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>column: completed late</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <comment>column: in progress</comment>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>column: in progress, overdue</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <comment>column</comment>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>column: recurring rows</comment>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>column: recurring rows</comment>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <comment>column, percent</comment>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>column: the indicator</comment>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Aim</source>
        <comment>column: the value the target asks for</comment>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Value reached</source>
        <comment>column</comment>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>column: period of the value</comment>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <comment>column: met or not</comment>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>In carrying out the %1, the progress of %2 as of %3 is reported as follows.</source>
        <translation>Thực hiện %1, %2 báo cáo tiến độ triển khai tính đến ngày %3 như sau:</translation>
    </message>
    <message>
        <source>In carrying out the %1, the progress as of %2 is reported as follows.</source>
        <translation>Thực hiện %1, tiến độ triển khai tính đến ngày %2 được báo cáo như sau:</translation>
    </message>
    <message>
        <source>The above is the report on the progress of the plan as of %1.</source>
        <translation>Trên đây là báo cáo tiến độ triển khai Kế hoạch tính đến ngày %1.</translation>
    </message>
    <message>
        <source>OVERALL RESULTS</source>
        <translation>KẾT QUẢ CHUNG</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>heading in the report</comment>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Tasks and targets %1 leads: %2; tasks it coordinates: %3.</source>
        <translation>Số nhiệm vụ, chỉ tiêu do %1 chủ trì: %2; số nhiệm vụ phối hợp thực hiện: %3.</translation>
    </message>
    <message>
        <source>Tasks and targets of the plan: %1.</source>
        <translation>Tổng số nhiệm vụ, chỉ tiêu của Kế hoạch: %1.</translation>
    </message>
    <message>
        <source>- Completed: %1 (%2), of which %3 on time and %4 late;</source>
        <translation>- Đã hoàn thành: %1 (%2), trong đó %3 đúng hạn, %4 quá hạn;</translation>
    </message>
    <message>
        <source>- In progress: %1, of which %2 within the deadline and %3 overdue;</source>
        <translation>- Đang thực hiện: %1, trong đó %2 trong hạn, %3 quá hạn;</translation>
    </message>
    <message>
        <source>- Not yet due: %1;</source>
        <translation>- Chưa đến hạn: %1;</translation>
    </message>
    <message>
        <source>- Judged per reporting period: %1 reported, %2 not reported;</source>
        <translation>- Đánh giá theo kỳ báo cáo: %1 đã báo cáo, %2 chưa báo cáo;</translation>
    </message>
    <message>
        <source>- Overdue rate: %1; not reported: %2.</source>
        <translation>- Tỷ lệ quá hạn: %1; tỷ lệ chưa báo cáo: %2.</translation>
    </message>
    <message>
        <source>The result of each task is set out in the attached %1.</source>
        <translation>Kết quả thực hiện từng nhiệm vụ chi tiết tại %1 kèm theo.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Các nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>- No. %1: %2 (lead: %3; completion time: %4);</source>
        <translation>- STT %1: %2 (chủ trì: %3; thời gian hoàn thành: %4);</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>Không có nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <source>Units that did not report for the last period: %1.</source>
        <translation>Các đơn vị chưa báo cáo trong kỳ gần nhất: %1.</translation>
    </message>
    <message>
        <source>Results by lead unit</source>
        <translation>Kết quả theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>TARGETS</source>
        <translation>KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</translation>
    </message>
    <message>
        <source>The figures below are those reported by %1.</source>
        <translation>Số liệu dưới đây do %1 báo cáo.</translation>
    </message>
    <message>
        <source>Each value pools the figures of every reporting unit: the sum of the numerators over the sum of the denominators.</source>
        <translation>Mỗi giá trị được tổng hợp từ số liệu của tất cả các đơn vị báo cáo: tổng các tử số chia cho tổng các mẫu số.</translation>
    </message>
    <message>
        <source>DIFFICULTIES AND PROPOSALS</source>
        <translation>KHÓ KHĂN, VƯỚNG MẮC, KIẾN NGHỊ</translation>
    </message>
    <message>
        <source>No unit reported difficulties.</source>
        <translation>Không có đơn vị nào báo cáo khó khăn, vướng mắc.</translation>
    </message>
    <message>
        <source>RESULTS OF THE TASKS AS OF %1</source>
        <translation>KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TÍNH ĐẾN NGÀY %1</translation>
    </message>
    <message>
        <source>TIMELINE OF THE TASKS AS OF %1</source>
        <translation>TIẾN ĐỘ CÁC NHIỆM VỤ TRÊN BIỂU ĐỒ THỜI GIAN TÍNH ĐẾN NGÀY %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ReportActions</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở tệp dữ liệu nào.</translation>
    </message>
    <message>
        <source>Preview of the Report</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer.</source>
        <translation>Không gửi được báo cáo tới máy in.</translation>
    </message>
    <message>
        <source>Export the Report as ODT</source>
        <translation>Xuất báo cáo ra tệp ODT</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>Xuất báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Đã lưu báo cáo thành %1.</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>start of the file name of a report</comment>
        <translation>BaoCao</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Bá&amp;o cáo</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Show the progress report in the official format as printed</source>
        <translation>Xem báo cáo tiến độ theo thể thức văn bản như khi in</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the progress report</source>
        <translation>In báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the progress report as a PDF file</source>
        <translation>Lưu báo cáo tiến độ thành tệp PDF</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>Save an editable copy of the report for LibreOffice or Word, and open it</source>
        <translation>Lưu bản báo cáo có thể chỉnh sửa bằng LibreOffice hoặc Word, rồi mở bản đó</translation>
    </message>
    <message>
        <source>Report &amp;Settings…</source>
        <translation>&amp;Cài đặt báo cáo…</translation>
    </message>
    <message>
        <source>Edit the header, number, signer and recipients of the report</source>
        <translation>Sửa phần đầu văn bản, số, người ký và nơi nhận của báo cáo</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ReportDialog</name>
    <message>
        <source>Whole plan</source>
        <translation>Toàn bộ kế hoạch</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Cài đặt báo cáo</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Header and Signature</source>
        <translation>Phần đầu và chữ &amp;ký</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <source>The report may be in another language than the program</source>
        <translation>Báo cáo có thể dùng ngôn ngữ khác với ngôn ngữ của chương trình</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <comment>date of the report</comment>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Kế &amp;hoạch:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <comment>whose tasks the report covers</comment>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Include the &amp;charts of the targets</source>
        <translation>Kèm biể&amp;u đồ các chỉ tiêu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English (for reports in English)</source>
        <translation>Tiếng Anh (cho báo cáo bằng tiếng Anh)</translation>
    </message>
    <message>
        <source>Pa&amp;rent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan ban &amp;hành:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <comment>of the report, e.g. …/BC-SNV</comment>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Leave “…” where the number is written in when the report is registered</source>
        <translation>Để nguyên “…” tại chỗ sẽ ghi số khi đăng ký văn bản</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>Made from the plan and the date</source>
        <translation>Tự tạo từ kế hoạch và ngày báo cáo</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>Signer's &amp;position:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer's na&amp;me:</source>
        <translation>Họ &amp;tên người ký:</translation>
    </message>
    <message>
        <source>Re&amp;cipients:
(one a line)</source>
        <translation>Nơi &amp;nhận:
(mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Add the &amp;timeline of the rows as an appendix</source>
        <translation>Thêm &amp;biểu đồ thời gian làm phụ lục</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ReportOdtWriter</name>
    <message>
        <source>The report “%1” could not be written: %2</source>
        <translation>Không ghi được báo cáo “%1”: %2</translation>
    </message>
    <message>
        <source>the document could not be encoded</source>
        <translation>không mã hóa được văn bản</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ReportRenderer</name>
    <message>
        <source>The report “%1” could not be written: %2</source>
        <translation>Không ghi được báo cáo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ReportSettings</name>
    <message>
        <source>The report needs the name of the issuing body.</source>
        <translation>Báo cáo cần có tên cơ quan ban hành.</translation>
    </message>
    <message>
        <source>The report needs the title of its signer, e.g. “KT. GIÁM ĐỐC”.</source>
        <translation>Báo cáo cần có chức danh người ký, ví dụ “KT. GIÁM ĐỐC”.</translation>
    </message>
    <message>
        <source>Unknown report language “%1”; the languages are vi and en.</source>
        <translation>Không có ngôn ngữ báo cáo “%1”; các ngôn ngữ là vi và en.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ResponsibilityDialog</name>
    <message>
        <source>Lead</source>
        <comment>column: lead unit of a row</comment>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <comment>column: coordinating unit of a row</comment>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Units of Row %1</source>
        <translation>Đơn vị thực hiện dòng %1</translation>
    </message>
    <message>
        <source>Name the chosen unit earlier</source>
        <translation>Đưa đơn vị đang chọn lên trước</translation>
    </message>
    <message>
        <source>Name the chosen unit later</source>
        <translation>Đưa đơn vị đang chọn xuống sau</translation>
    </message>
    <message>
        <source>&amp;Lead units, in order:</source>
        <translation>Đơn vị &amp;chủ trì, theo thứ tự:</translation>
    </message>
    <message>
        <source>C&amp;oordinating units, in order:</source>
        <translation>Đơn vị &amp;phối hợp, theo thứ tự:</translation>
    </message>
    <message>
        <source>Tick a unit as lead or coordinating; a group stands for each of its members. Agencies can also be dropped from the Agencies pane onto a row (with Shift as lead).</source>
        <translation>Đánh dấu đơn vị là chủ trì hoặc phối hợp; một nhóm đại diện cho từng thành viên của nhóm. Cũng có thể kéo đơn vị từ ngăn Cơ quan, đơn vị thả vào một dòng (giữ Shift để làm đơn vị chủ trì).</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ResponsibilityMatrixModel</name>
    <message>
        <source>Rows led (more through groups)</source>
        <translation>Số dòng chủ trì (thêm qua nhóm)</translation>
    </message>
    <message>
        <source>Rows coordinated (more through groups)</source>
        <translation>Số dòng phối hợp (thêm qua nhóm)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more through groups</source>
        <translation>
            <numerusform>và thêm %n dòng qua nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <comment>column: row number of the plan</comment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>column header</comment>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>a group of %n</source>
        <translation>
            <numerusform>nhóm gồm %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>lead unit</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <source>coordinating unit</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>%1, named in the row</source>
        <translation>%1, có tên trong dòng</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 qua %2</translation>
    </message>
    <message>
        <source>L</source>
        <comment>mark in the responsibility matrix: lead unit</comment>
        <translation>CT</translation>
    </message>
    <message>
        <source>C</source>
        <comment>mark in the responsibility matrix: coordinating unit</comment>
        <translation>PH</translation>
    </message>
    <message numerus="yes">
        <source>%1 is named as lead in %n row(s)</source>
        <translation>
            <numerusform>%1 được nêu là đơn vị chủ trì ở %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is named as coordinating unit in %n row(s)</source>
        <translation>
            <numerusform>%1 được nêu là đơn vị phối hợp ở %n dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::ResponsibilityMatrixPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>L: lead unit, C: coordinating unit, named in the row. (L), (C) in italics: the role reaches the agency through a group the row names. Totals: rows that name the agency, in brackets the rows more that reach it through groups.</source>
        <translation>CT: đơn vị chủ trì, PH: đơn vị phối hợp, có tên trong dòng. (CT), (PH) in nghiêng: đơn vị nhận vai trò qua một nhóm được nêu trong dòng. Dòng tổng: số dòng có tên đơn vị, trong ngoặc là số dòng đến với đơn vị qua nhóm.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::ResponsibilityMatrixView</name>
    <message>
        <source>The file “%1” could not be written.</source>
        <translation>Không ghi được tệp “%1”.</translation>
    </message>
    <message>
        <source>responsibility-matrix</source>
        <translation>bang-phan-cong</translation>
    </message>
    <message>
        <source>Responsibility Matrix</source>
        <translation>Bảng phân công trách nhiệm</translation>
    </message>
    <message>
        <source>Export Responsibility Matrix</source>
        <translation>Xuất bảng phân công trách nhiệm</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Find rows by number or text (marks may be left out)</source>
        <translation>Tìm dòng theo số thứ tự hoặc nội dung (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&lt;b&gt;L&lt;/b&gt; lead, &lt;b&gt;C&lt;/b&gt; coordinating, named in the row; &lt;i&gt;(L)&lt;/i&gt;, &lt;i&gt;(C)&lt;/i&gt; through a group (see the tooltip). Totals: rows naming the agency, in brackets the rows more through groups.</source>
        <translation>&lt;b&gt;CT&lt;/b&gt; chủ trì, &lt;b&gt;PH&lt;/b&gt; phối hợp, có tên trong dòng; &lt;i&gt;(CT)&lt;/i&gt;, &lt;i&gt;(PH)&lt;/i&gt; qua một nhóm (xem chú thích khi di chuột). Dòng tổng: số dòng có tên đơn vị, trong ngoặc là số dòng thêm qua nhóm.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Bảng phân công trách nhiệm</translation>
    </message>
</context>
<context>
    <name>PlanTrack::RetireDialog</name>
    <message>
        <source>Retire %1</source>
        <translation>Ngừng sử dụng %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will no longer be offered for new rows, groups or updates. Everything that names it stays: its rows, its updates and the change log. To hand its work to another agency, use &lt;i&gt;Merge Into…&lt;/i&gt; instead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sẽ không còn có trong danh sách chọn cho dòng, nhóm hoặc cập nhật tiến độ mới. Mọi dữ liệu có nêu đơn vị này vẫn được giữ nguyên: các dòng, các cập nhật tiến độ và nhật ký thay đổi. Để chuyển nhiệm vụ của đơn vị này sang đơn vị khác, hãy dùng &lt;i&gt;Sáp nhập vào…&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Retired &amp;from:</source>
        <translation>Ngừng sử dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>PlanTrack::RulesDialog</name>
    <message>
        <source>Schedule Settings</source>
        <translation>Kỳ báo cáo và thời hạn</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>From the 15th to the 14th (Decree 09/2019/NĐ-CP)</source>
        <translation>Từ ngày 15 tháng trước đến ngày 14 (Nghị định 09/2019/NĐ-CP)</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <source>Ongoing and conditional rows are judged on the last closed reporting period; a yearly row at the end of the chosen month.</source>
        <translation>Các dòng thực hiện thường xuyên hoặc tùy trường hợp được đánh giá theo kỳ báo cáo đã kết thúc gần nhất; các dòng hằng năm được đánh giá vào cuối tháng đã chọn.</translation>
    </message>
    <message>
        <source>&amp;Reporting period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Period &amp;cut-off:</source>
        <translation>&amp;Cách tính kỳ:</translation>
    </message>
    <message>
        <source>&amp;Yearly rows fall due at the end of:</source>
        <translation>&amp;Hạn của các dòng hằng năm là cuối:</translation>
    </message>
    <message>
        <source>&amp;Due soon:</source>
        <translation>&amp;Sắp đến hạn trong:</translation>
    </message>
    <message>
        <source>Follow-up &amp;starts on:</source>
        <translation>&amp;Bắt đầu theo dõi từ ngày:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) before the due day</source>
        <translation>
            <numerusform> ngày trước hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTrack::Status</name>
    <message>
        <source>completed on time</source>
        <translation>Đã hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>completed late</source>
        <translation>Đã hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>in progress, within deadline</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskDetails</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation>Chọn một nhiệm vụ để xem chi tiết.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in this section.</source>
        <translation>
            <numerusform>Mục này có %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Part of row</source>
        <translation>Thuộc dòng</translation>
    </message>
    <message>
        <source>Task (Vietnamese)</source>
        <translation>Nhiệm vụ (tiếng Việt)</translation>
    </message>
    <message>
        <source>Task (English)</source>
        <translation>Nhiệm vụ (tiếng Anh)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Measured over</source>
        <translation>Thời gian đo</translation>
    </message>
    <message>
        <source>%1 takes part as %2 through the group “%3”.</source>
        <translation>%1 tham gia với vai trò %2 thông qua nhóm “%3”.</translation>
    </message>
    <message>
        <source>%1 takes part as %2.</source>
        <translation>%1 tham gia với vai trò %2.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskDropHelper</name>
    <message>
        <source>Make %1 a lead unit of row %2</source>
        <translation>Giao %1 làm đơn vị chủ trì dòng %2</translation>
    </message>
    <message>
        <source>Make %1 a coordinating unit of row %2 (Shift: lead unit)</source>
        <translation>Giao %1 làm đơn vị phối hợp dòng %2 (giữ Shift: đơn vị chủ trì)</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskFilterModel</name>
    <message>
        <source>Via group: %1</source>
        <comment>the group that brings a task to an agency</comment>
        <translation>Qua nhóm: %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskTreeModel</name>
    <message>
        <source>No.</source>
        <comment>column of the row number (STT)</comment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>column header</comment>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>column of the lead units</comment>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <comment>column of the coordinating units</comment>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Completion time</source>
        <comment>column header</comment>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Row number in the plan</source>
        <translation>Số thứ tự trong kế hoạch</translation>
    </message>
    <message>
        <source>Lead units: they answer for the task</source>
        <translation>Đơn vị chủ trì: chịu trách nhiệm về nhiệm vụ</translation>
    </message>
    <message>
        <source>Coordinating units: they support the lead units</source>
        <translation>Đơn vị phối hợp: hỗ trợ đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Completion time as written in the plan</source>
        <translation>Thời gian hoàn thành như ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <comment>column header; %1 is the as-of date</comment>
        <translation>Tình trạng ngày %1</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column header</comment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Follow-up status as of the date chosen in the toolbar</source>
        <translation>Tình trạng thực hiện tính đến ngày chọn trên thanh công cụ</translation>
    </message>
    <message>
        <source>Falls due soon.</source>
        <translation>Sắp đến hạn.</translation>
    </message>
    <message>
        <source>Deadline changed to “%1” (%2).</source>
        <translation>Thời hạn đã điều chỉnh thành “%1” (%2).</translation>
    </message>
    <message>
        <source>Period judged: %1 – %2</source>
        <translation>Kỳ đánh giá: %1 – %2</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TaskTreeView</name>
    <message>
        <source>Default Column Widths</source>
        <translation>Độ rộng cột mặc định</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TextInputGuard</name>
    <message>
        <source>The pasted text was in the old TCVN3 (.VnTime) encoding; it has been converted to Unicode.</source>
        <translation>Văn bản vừa dán dùng bảng mã cũ TCVN3 (.VnTime); văn bản đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>The pasted text is in the old VNI encoding, which PlanTrack cannot convert, so it was not inserted. Convert it to Unicode first (for example with Unikey's converter) and paste it again.</source>
        <translation>Văn bản vừa dán dùng bảng mã cũ VNI mà PlanTrack không chuyển đổi được, nên chưa được chèn vào. Hãy chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại.</translation>
    </message>
</context>
<context>
    <name>PlanTrack::TimeAxis</name>
    <message>
        <source>Weeks</source>
        <comment>zoom level of the timeline</comment>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Months</source>
        <comment>zoom level of the timeline</comment>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarters</source>
        <comment>zoom level of the timeline</comment>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Years</source>
        <comment>zoom level of the timeline</comment>
        <translation>Năm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month on a timeline: %1 is the short month name, %2 the year</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quarter on a timeline: %1 is the quarter's short name, %2 the year</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month name on a timeline</comment>
        <translation>Th1</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month name on a timeline</comment>
        <translation>Th2</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month name on a timeline</comment>
        <translation>Th3</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month name on a timeline</comment>
        <translation>Th4</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month name on a timeline</comment>
        <translation>Th5</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month name on a timeline</comment>
        <translation>Th6</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month name on a timeline</comment>
        <translation>Th7</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month name on a timeline</comment>
        <translation>Th8</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month name on a timeline</comment>
        <translation>Th9</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month name on a timeline</comment>
        <translation>Th10</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month name on a timeline</comment>
        <translation>Th11</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month name on a timeline</comment>
        <translation>Th12</translation>
    </message>
    <message>
        <source>Q1</source>
        <comment>short name of the first quarter of a year</comment>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Q2</source>
        <comment>short name of the second quarter of a year</comment>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Q3</source>
        <comment>short name of the third quarter of a year</comment>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Q4</source>
        <comment>short name of the fourth quarter of a year</comment>
        <translation>Quý IV</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Transaction</name>
    <message>
        <source>The change could not be saved to the workspace: %1</source>
        <translation>Không lưu được thay đổi vào tệp dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::UpdateDialog</name>
    <message>
        <source>New Progress Update</source>
        <translation>Cập nhật tiến độ mới</translation>
    </message>
    <message>
        <source>Edit Progress Update</source>
        <translation>Sửa cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Share done:</source>
        <translation>Tỷ lệ hoàn thành:</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND ngày 20/03/2026</source>
        <translation>ví dụ: 123/QĐ-UBND ngày 20/03/2026</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Dòng:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Situation &amp;on:</source>
        <translation>Tình hình đến &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>Ngày &amp;hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Result and progress:</source>
        <translation>&amp;Kết quả, tiến độ thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Difficulties and proposals:</source>
        <translation>Khó khăn, vướng &amp;mắc, kiến nghị:</translation>
    </message>
    <message>
        <source>&amp;Evidence (document):</source>
        <translation>Minh &amp;chứng (văn bản):</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>coordinating</source>
        <translation>phối hợp</translation>
    </message>
</context>
<context>
    <name>PlanTrack::Workspace</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>This copy of PlanTrack is incomplete: the bundled plan is missing.</source>
        <translation>Bản PlanTrack này không đầy đủ: thiếu kế hoạch kèm theo chương trình.</translation>
    </message>
    <message>
        <source>The bundled plan is damaged: %1</source>
        <translation>Kế hoạch kèm theo chương trình bị hỏng: %1</translation>
    </message>
</context>
<context>
    <name>PlanTrack::WorkspaceSession</name>
    <message>
        <source>The row of the update does not exist in the workspace.</source>
        <translation>Dòng của cập nhật tiến độ không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Row %1 is followed through its sub-tasks (%2); record the update on one of them.</source>
        <translation>Dòng %1 được theo dõi qua các nhiệm vụ con (%2); hãy ghi cập nhật tiến độ cho một trong các nhiệm vụ con đó.</translation>
    </message>
    <message>
        <source>The agency of the update does not exist in the workspace.</source>
        <translation>Đơn vị của cập nhật tiến độ không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is neither the lead nor a coordinating unit of row %2.</source>
        <translation>%1 không phải là đơn vị chủ trì hay phối hợp của dòng %2.</translation>
    </message>
    <message>
        <source>The update needs the date it describes.</source>
        <translation>Cập nhật tiến độ cần có ngày của tình hình được báo cáo.</translation>
    </message>
    <message>
        <source>A completion date is given, but the state is not “completed”.</source>
        <translation>Đã nhập ngày hoàn thành nhưng trạng thái không phải là “Đã hoàn thành”.</translation>
    </message>
    <message>
        <source>The completion date (%1) is after the date of the update (%2).</source>
        <translation>Ngày hoàn thành (%1) sau ngày của cập nhật tiến độ (%2).</translation>
    </message>
    <message>
        <source>The percentage must be between 0 and 100.</source>
        <translation>Tỷ lệ phần trăm phải từ 0 đến 100.</translation>
    </message>
    <message>
        <source>The row of the deadline change does not exist in the workspace.</source>
        <translation>Dòng của điều chỉnh thời hạn không có trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>A deadline is changed only with a reason.</source>
        <translation>Chỉ được điều chỉnh thời hạn khi có lý do.</translation>
    </message>
    <message>
        <source>A deadline is changed only with the number and the date of the document that allows it.</source>
        <translation>Chỉ được điều chỉnh thời hạn khi có số và ngày của văn bản cho phép điều chỉnh.</translation>
    </message>
    <message>
        <source>The change needs the date from which it applies.</source>
        <translation>Cần nhập ngày bắt đầu áp dụng điều chỉnh.</translation>
    </message>
    <message>
        <source>The new completion time is missing.</source>
        <translation>Thiếu thời gian hoàn thành mới.</translation>
    </message>
    <message>
        <source>The new completion time “%1” has no due date.</source>
        <translation>Thời gian hoàn thành mới “%1” không có ngày đến hạn.</translation>
    </message>
    <message>
        <source>The deadline change no longer exists in the workspace.</source>
        <translation>Điều chỉnh thời hạn không còn trong tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The schedule settings are not valid.</source>
        <translation>Cài đặt kỳ báo cáo và thời hạn không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follows the tasks of a government implementation plan.</source>
        <translation>Theo dõi các nhiệm vụ của kế hoạch triển khai của cơ quan nhà nước.</translation>
    </message>
    <message>
        <source>Language of the user interface: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>Workspace to open; without it, the one used last.</source>
        <translation>Tệp dữ liệu cần mở; nếu không chỉ định, mở tệp dùng lần trước.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[tệp]</translation>
    </message>
</context>
</TS>