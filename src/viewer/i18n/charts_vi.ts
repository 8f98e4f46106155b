<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Reset view</source>
        <translation>Xem toàn bộ</translation>
    </message>
    <message>
        <source>Show the whole chart again after zooming or panning</source>
        <translation>Hiện lại toàn bộ biểu đồ sau khi phóng to hoặc kéo</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Sao chép ảnh</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Sao chép biểu đồ thành ảnh để dán vào văn bản khác</translation>
    </message>
    <message>
        <source>Copy chart as image</source>
        <translation>Sao chép biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>In biểu đồ…</translation>
    </message>
    <message>
        <source>Hover over a figure for its exact value, date and source. Drag to pan, Ctrl+wheel to zoom; right-click a chart to copy it.</source>
        <translation>Di chuột vào một số liệu để xem số chính xác, thời điểm và nguồn. Kéo để di chuyển, Ctrl + lăn chuột để phóng to, thu nhỏ; nhấn chuột phải vào biểu đồ để sao chép.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Select a unit to see its charts.</source>
        <translation>Chọn một đơn vị để xem biểu đồ.</translation>
    </message>
    <message>
        <source>There are no charts for %1 or the units above it.</source>
        <translation>Không có biểu đồ nào của %1 hay của các cấp trên.</translation>
    </message>
    <message>
        <source>Charts of: %1</source>
        <translation>Biểu đồ của: %1</translation>
    </message>
    <message>
        <source>%1 has no charts of its own; these are the charts of %2.</source>
        <translation>%1 không có biểu đồ riêng; đây là biểu đồ của %2.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>villages</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>Party cells</source>
        <translation>chi bộ</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>trainees</source>
        <translation>học viên</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>grassroots Party organisations</source>
        <translation>tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>Number of %1</source>
        <comment>value axis title; %1 a unit such as villages</comment>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Source: not stated</source>
        <translation>Nguồn: không nêu</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>tổng số %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>A lower bound: the true figure is higher.</source>
        <translation>Đây là giới hạn dưới: số thực tế cao hơn.</translation>
    </message>
    <message>
        <source>A lower bound: the true figure is this or higher.</source>
        <translation>Đây là giới hạn dưới: số thực tế bằng hoặc cao hơn.</translation>
    </message>
    <message>
        <source>An upper bound: the true figure is lower.</source>
        <translation>Đây là giới hạn trên: số thực tế thấp hơn.</translation>
    </message>
    <message>
        <source>An upper bound: the true figure is this or lower.</source>
        <translation>Đây là giới hạn trên: số thực tế bằng hoặc thấp hơn.</translation>
    </message>
    <message>
        <source>An approximate figure.</source>
        <translation>Số liệu xấp xỉ.</translation>
    </message>
    <message>
        <source>lower bound (a minimum)</source>
        <translation>giới hạn dưới (mức tối thiểu)</translation>
    </message>
    <message>
        <source>upper bound (a maximum)</source>
        <translation>giới hạn trên (mức tối đa)</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no figure for this bar (not a zero)</comment>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Thời điểm: %1</translation>
    </message>
    <message>
        <source>one figure for the whole period</source>
        <translation>một số liệu cho cả giai đoạn</translation>
    </message>
    <message>
        <source>the same rate in every year of the period</source>
        <translation>cùng một mức cho mỗi năm trong giai đoạn</translation>
    </message>
    <message>
        <source>no yearly figures</source>
        <translation>không có số liệu từng năm</translation>
    </message>
    <message>
        <source>no figure (not a zero)</source>
        <translation>chưa có số liệu (không phải số 0)</translation>
    </message>
</context>
</TS>
