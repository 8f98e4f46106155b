<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Vocabulary</name>
    <message>
        <source>not reported</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>Provincial Party organisation</source>
        <translation>Đảng bộ tỉnh</translation>
    </message>
    <message>
        <source>District-level Party organisation</source>
        <translation>Đảng bộ cấp huyện</translation>
    </message>
    <message>
        <source>Bloc or agency Party organisation</source>
        <translation>Đảng bộ khối, cơ quan</translation>
    </message>
    <message>
        <source>Subordinate Party organisation</source>
        <translation>Đảng bộ trực thuộc</translation>
    </message>
    <message>
        <source>Commune Party organisation</source>
        <translation>Đảng bộ xã</translation>
    </message>
    <message>
        <source>Ward Party organisation</source>
        <translation>Đảng bộ phường</translation>
    </message>
    <message>
        <source>Township Party organisation</source>
        <translation>Đảng bộ thị trấn</translation>
    </message>
    <message>
        <source>Grassroots Party organisation</source>
        <translation>Tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Tổ đảng</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>district</source>
        <translation>cấp huyện</translation>
    </message>
    <message>
        <source>bloc</source>
        <translation>khối</translation>
    </message>
    <message>
        <source>subordinate</source>
        <translation>trực thuộc</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <source>township</source>
        <translation>thị trấn</translation>
    </message>
    <message>
        <source>grassroots</source>
        <translation>cơ sở</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>chi bộ</translation>
    </message>
    <message>
        <source>group</source>
        <translation>tổ đảng</translation>
    </message>
    <message>
        <source>provincial organisations</source>
        <translation>đảng bộ tỉnh</translation>
    </message>
    <message>
        <source>district-level organisations</source>
        <translation>đảng bộ cấp huyện</translation>
    </message>
    <message>
        <source>bloc or agency organisations</source>
        <translation>đảng bộ khối, cơ quan</translation>
    </message>
    <message>
        <source>other subordinate organisations</source>
        <translation>đảng bộ trực thuộc khác</translation>
    </message>
    <message>
        <source>commune organisations</source>
        <translation>đảng bộ xã</translation>
    </message>
    <message>
        <source>ward organisations</source>
        <translation>đảng bộ phường</translation>
    </message>
    <message>
        <source>township organisations</source>
        <translation>đảng bộ thị trấn</translation>
    </message>
    <message>
        <source>other grassroots organisations</source>
        <translation>tổ chức cơ sở đảng khác</translation>
    </message>
    <message>
        <source>party cells</source>
        <translation>chi bộ</translation>
    </message>
    <message>
        <source>party groups</source>
        <translation>tổ đảng</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party cells</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Grassroots Party organisations</source>
        <translation>Tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Subordinate Party organisations</source>
        <translation>Đảng bộ trực thuộc</translation>
    </message>
    <message>
        <source>Commune Party organisations</source>
        <translation>Đảng bộ xã</translation>
    </message>
    <message>
        <source>Ward Party organisations</source>
        <translation>Đảng bộ phường</translation>
    </message>
    <message>
        <source>Township Party organisations</source>
        <translation>Đảng bộ thị trấn</translation>
    </message>
    <message>
        <source>Villages without a Party cell</source>
        <translation>Thôn chưa có chi bộ</translation>
    </message>
    <message>
        <source>Party cells formed in villages without one</source>
        <translation>Chi bộ mới thành lập ở thôn chưa có chi bộ</translation>
    </message>
    <message>
        <source>Members admitted</source>
        <translation>Đảng viên mới kết nạp</translation>
    </message>
    <message>
        <source>Grassroots organisations assessed</source>
        <translation>Tổ chức cơ sở đảng được đánh giá, phân loại</translation>
    </message>
    <message>
        <source>Subordinate organisations that held their congress</source>
        <translation>Đảng bộ trực thuộc đã tổ chức đại hội</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>trên</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>ít nhất</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>dưới</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>không quá</translation>
    </message>
    <message>
        <source>about</source>
        <translation>khoảng</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>trên %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>ít nhất %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>dưới %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>không quá %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>khoảng %1</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>mỗi năm</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>mỗi quý</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <comment>date format</comment>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter (%1 digits, %3 Roman numerals), year %2</comment>
        <translation>quý %3/%2</translation>
    </message>
    <message>
        <source>Lạng Sơn Party organisation viewer</source>
        <translation>Trình xem số liệu tổ chức đảng tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>MM/yyyy</source>
        <comment>month format</comment>
        <translation>MM/yyyy</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
</context>
</TS>