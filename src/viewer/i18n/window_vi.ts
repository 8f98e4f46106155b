<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Shows the figures of the Lạng Sơn provincial Party organisation (Vietnam, around 2013): its units, their members, cells and grassroots organisations, with the source of every figure.</source>
        <translation>Hiển thị số liệu tổ chức đảng của Đảng bộ tỉnh Lạng Sơn (Việt Nam, khoảng năm 2013): các đơn vị, số đảng viên, số chi bộ và số tổ chức cơ sở đảng, kèm nguồn của từng số liệu.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>No data is open.</source>
        <translation>Chưa mở dữ liệu.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>The data names no sources.</source>
        <translation>Dữ liệu không nêu nguồn nào.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>This program is free software under the MIT licence. It uses Qt %1 through Qt for Python (PySide6 %2, LGPL 3), pyqtgraph (MIT) and PyYAML (MIT).</source>
        <translation>Chương trình là phần mềm tự do theo giấy phép MIT. Chương trình dùng Qt %1 qua Qt for Python (PySide6 %2, LGPL 3), pyqtgraph (MIT) và PyYAML (MIT).</translation>
    </message>
    <message>
        <source>The figures belong to their sources, named above; the program adds none of its own.</source>
        <translation>Số liệu thuộc về các nguồn đã nêu ở trên; chương trình không tự thêm số liệu nào.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Nhật ký lỗi</translation>
    </message>
    <message>
        <source>Error reports (crash.log, faulthandler.log) are saved in %1</source>
        <translation>Báo cáo lỗi (crash.log, faulthandler.log) được lưu trong thư mục %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Giới thiệu chương trình</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>The program met an unexpected error. The data file was not changed.</source>
        <translation>Chương trình gặp lỗi ngoài dự kiến. Tệp dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Please send the details below to whoever maintains the program.</source>
        <translation>Đề nghị gửi phần chi tiết dưới đây cho người phụ trách chương trình.</translation>
    </message>
    <message>
        <source>The report was also saved to %1.</source>
        <translation>Báo cáo lỗi cũng đã được lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Publisher: %1</source>
        <translation>Cơ quan công bố: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Thời gian: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Đường dẫn: %1</translation>
    </message>
    <message>
        <source>(the file is not beside the data file)</source>
        <translation>(không có tệp này bên cạnh tệp dữ liệu)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Source id: %1</source>
        <translation>Ký hiệu nguồn: %1</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>không có nguồn</translation>
    </message>
    <message>
        <source>%1 of %2 child units report it</source>
        <translation>%1 trên %2 đơn vị trực thuộc có số liệu</translation>
    </message>
    <message>
        <source>this unit reports no figure of its own</source>
        <translation>bản thân đơn vị chưa có số liệu</translation>
    </message>
    <message>
        <source>disagrees with this unit&apos;s own figure (%1)</source>
        <translation>khác với số liệu của chính đơn vị (%1)</translation>
    </message>
    <message>
        <source>consistent with this unit&apos;s own figure (%1)</source>
        <translation>khớp với số liệu của chính đơn vị (%1)</translation>
    </message>
    <message>
        <source>Official code: %1</source>
        <translation>Mã chính thức: %1</translation>
    </message>
    <message>
        <source>Listed in:</source>
        <translation>Nguồn ghi nhận:</translation>
    </message>
    <message>
        <source>This entry stands for %1 units that the sources count but do not name.</source>
        <translation>Dòng này đại diện cho %1 đơn vị mà nguồn có tính đến nhưng không nêu tên.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Added up from the child units</source>
        <translation>Cộng từ các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Đơn vị có số liệu</translation>
    </message>
    <message>
        <source>Compared with the unit&apos;s own figure</source>
        <translation>So với số liệu của đơn vị</translation>
    </message>
    <message>
        <source>No child unit reports a figure, so nothing can be added up.</source>
        <translation>Các đơn vị trực thuộc chưa có số liệu nên chưa cộng được.</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Directly under this unit: %1</source>
        <translation>Trực thuộc trực tiếp: %1</translation>
    </message>
    <message>
        <source>At all levels below: %1</source>
        <translation>Tất cả các cấp bên dưới: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>No data is open.</source>
        <translation>Chưa mở dữ liệu.</translation>
    </message>
    <message>
        <source>Open a data file with File → Open (Ctrl+O), or drop one onto the window.</source>
        <translation>Hãy mở tệp dữ liệu bằng Tệp → Mở (Ctrl+O), hoặc kéo thả tệp vào cửa sổ.</translation>
    </message>
    <message>
        <source>Select a unit in the tree to see its figures.</source>
        <translation>Chọn một đơn vị trong cây để xem số liệu.</translation>
    </message>
    <message>
        <source>Copy the figures table</source>
        <translation>Sao chép bảng số liệu</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>KindBadge</name>
    <message>
        <source>P</source>
        <comment>badge: province (tỉnh)</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>D</source>
        <comment>badge: district (huyện)</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>B</source>
        <comment>badge: bloc (khối)</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>S</source>
        <comment>badge: other subordinate organisation</comment>
        <translation>ĐB</translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge: commune (xã)</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>W</source>
        <comment>badge: ward (phường)</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>T</source>
        <comment>badge: township (thị trấn)</comment>
        <translation>TT</translation>
    </message>
    <message>
        <source>G</source>
        <comment>badge: other grassroots organisation</comment>
        <translation>CS</translation>
    </message>
    <message>
        <source>Ce</source>
        <comment>badge: party cell (chi bộ)</comment>
        <translation>CB</translation>
    </message>
    <message>
        <source>Gr</source>
        <comment>badge: party group (tổ đảng)</comment>
        <translation>TĐ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No recent files</source>
        <translation>Chưa có tệp nào</translation>
    </message>
    <message>
        <source>The last file, %1, could not be opened; the bundled data is shown.</source>
        <translation>Không mở được tệp lần trước (%1); đang hiển thị dữ liệu kèm theo chương trình.</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Data files (%1)</source>
        <translation>Tệp dữ liệu (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Đang mở tệp</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the data shown has not changed.</source>
        <translation>Đã hủy mở %1; dữ liệu đang xem không thay đổi.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>“%1” has changed on disk. Reload it to see the new data?</source>
        <translation>Tệp “%1” đã thay đổi trên đĩa. Tải lại để xem dữ liệu mới?</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved. The data shown stays as it was when the file was read.</source>
        <translation>“%1” đã bị xóa hoặc chuyển đi nơi khác. Dữ liệu đang xem vẫn giữ như lúc đọc tệp.</translation>
    </message>
    <message>
        <source>The tree is large: only its first %1 branches were opened.</source>
        <translation>Cây quá lớn: chỉ mở %1 nhánh đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>Đọc lại tệp đang mở</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the report of the selected unit</source>
        <translation>In báo cáo của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem t&amp;rước khi in…</translation>
    </message>
    <message>
        <source>See the report page by page before printing</source>
        <translation>Xem từng trang báo cáo trước khi in</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
    <message>
        <source>Save the report as PDF, a chart as PNG or SVG, or the figures as CSV</source>
        <translation>Lưu báo cáo thành PDF, biểu đồ thành PNG hoặc SVG, hoặc số liệu thành CSV</translation>
    </message>
    <message>
        <source>Mark as &amp;confidential</source>
        <translation>Đóng &amp;dấu &quot;Mật&quot;</translation>
    </message>
    <message>
        <source>Print &quot;MẬT&quot; (confidential) at the top of reports printed or exported</source>
        <translation>In chữ &quot;MẬT&quot; ở đầu báo cáo khi in hoặc xuất tệp</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>Find a unit by name or code</source>
        <translation>Tìm đơn vị theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Tìm kết quả tiế&amp;p</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Đến kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Tìm kết quả t&amp;rước</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Về kết quả trước</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Mở rộng toàn bộ</translation>
    </message>
    <message>
        <source>Open every branch of the tree</source>
        <translation>Mở mọi nhánh của cây</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>Th&amp;u gọn toàn bộ</translation>
    </message>
    <message>
        <source>Close every branch of the tree</source>
        <translation>Thu gọn mọi nhánh của cây</translation>
    </message>
    <message>
        <source>Go to the &amp;tree</source>
        <translation>Chuyển đến &amp;cây</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Chuyển đến phần c&amp;hi tiết</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Mở hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Giới thiệu…</translation>
    </message>
    <message>
        <source>The program, the data and its sources</source>
        <translation>Chương trình, dữ liệu và nguồn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Tệp &amp;gần đây</translation>
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
        <source>Tool bar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Tệp đang mở</translation>
    </message>
    <message>
        <source>Date of the data</source>
        <translation>Thời điểm của số liệu</translation>
    </message>
    <message>
        <source>No data is open</source>
        <translation>Chưa mở dữ liệu</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Số liệu tính đến %1</translation>
    </message>
    <message>
        <source>Date of the data not stated</source>
        <translation>Dữ liệu không ghi thời điểm</translation>
    </message>
    <message>
        <source>Show the warnings about the data</source>
        <translation>Xem các cảnh báo về dữ liệu</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Lạng Sơn Party organisation viewer</source>
        <translation>Trình xem số liệu tổ chức đảng tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <source>The data file has changed</source>
        <translation>Tệp dữ liệu đã thay đổi</translation>
    </message>
    <message>
        <source>The data file has changed on disk.</source>
        <translation>Tệp dữ liệu đã thay đổi trên đĩa.</translation>
    </message>
    <message>
        <source>Reload &amp;now</source>
        <translation>Tải lại &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>Giữ &amp;dữ liệu đang xem</translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation>Các tổ chức đảng</translation>
    </message>
    <message>
        <source>The tree of Party organisations with their members, cells and grassroots organisations</source>
        <translation>Cây các tổ chức đảng với số đảng viên, số chi bộ và số tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Details of the selected unit</source>
        <translation>Thông tin chi tiết của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>The chart will appear here</source>
        <translation>Biểu đồ sẽ hiện ở đây</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Dòng %1, cột %2</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>“%1” could not be opened (errors: %2). The data on screen has not changed.</source>
        <translation>Không mở được tệp “%1” (số lỗi: %2). Dữ liệu đang hiển thị không thay đổi.</translation>
    </message>
    <message>
        <source>Data warnings</source>
        <translation>Cảnh báo về dữ liệu</translation>
    </message>
    <message>
        <source>“%1” was opened, with warnings about the data (%2):</source>
        <translation>Đã mở tệp “%1”; có cảnh báo về dữ liệu (%2):</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Các vấn đề tìm thấy trong tệp</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Sao chép tất cả</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Match %1 of %2</source>
        <translation>Kết quả %1 trên %2</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>name or code, with or without diacritics</source>
        <translation>tên hoặc mã, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Type a name or an official code; diacritics may be left out</source>
        <translation>Gõ tên hoặc mã đơn vị; có thể gõ không dấu</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Số kết quả</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Kết quả tiếp theo (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Grassroots org.</source>
        <translation>TCCS đảng</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Stands for %1 units not named in the sources</source>
        <translation>Đại diện cho %1 đơn vị không được nêu tên trong nguồn</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>%1, latest reported figure</source>
        <translation>%1, số liệu mới nhất</translation>
    </message>
</context>
</TS>
