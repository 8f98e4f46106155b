<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Use File → Export… to save the report as a PDF file, then print it elsewhere.</source>
        <translation>Máy tính này chưa cài máy in. Hãy dùng Tệp → Xuất tệp… để lưu báo cáo thành tệp PDF rồi in ở máy khác.</translation>
    </message>
    <message>
        <source>Print the report of %1</source>
        <translation>In báo cáo của %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print the chart %1</source>
        <translation>In biểu đồ %1</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Không mở được máy in.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image of the chart (*.png)</source>
        <translation>Ảnh PNG của biểu đồ (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing of the chart (*.svg)</source>
        <translation>Hình vẽ SVG của biểu đồ (*.svg)</translation>
    </message>
    <message>
        <source>Figures as CSV for Excel (*.csv)</source>
        <translation>Số liệu dạng CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <source>Dots per inch (300 for print, 150 for the screen):</source>
        <translation>Số điểm ảnh trên mỗi inch (300 để in, 150 để xem trên màn hình):</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1, %2 %4 %5</source>
        <comment>place %1, day %2 (%6 with a leading zero below 10), month number %3 (a leading zero for 1 and 2), month name %4, year %5</comment>
        <translation>%1, ngày %6 tháng %3 năm %5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Under: %1</source>
        <translation>Trực thuộc: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu tính đến %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Số liệu chủ yếu</translation>
    </message>
    <message>
        <source>No figures are reported for this unit (%1).</source>
        <translation>Đơn vị này không có số liệu (%1).</translation>
    </message>
    <message>
        <source>Units listed under it: %1</source>
        <translation>Các đơn vị trực thuộc được liệt kê: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Charts of %1</source>
        <translation>Biểu đồ của %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>COMMUNIST PARTY OF VIETNAM</source>
        <translation>ĐẢNG CỘNG SẢN VIỆT NAM</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>MẬT</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>In ngày %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Không mở được máy in hoặc tệp để in.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ chính xác</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tính theo</translation>
    </message>
</context>
</TS>
