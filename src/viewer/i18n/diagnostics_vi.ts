<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Viewer of the Lạng Sơn provincial Party organisation's figures. Without options it opens the window on FILE or on the bundled data.</source>
        <translation>Trình xem số liệu tổ chức đảng tỉnh Lạng Sơn. Không có tùy chọn: mở cửa sổ với tệp FILE hoặc với dữ liệu kèm theo.</translation>
    </message>
    <message>
        <source>a data file (default: the bundled data)</source>
        <translation>tệp dữ liệu (mặc định: dữ liệu kèm theo)</translation>
    </message>
    <message>
        <source>check the data file, print every problem and a summary, and exit</source>
        <translation>kiểm tra tệp dữ liệu, in mọi vấn đề và một dòng tóm tắt, rồi thoát</translation>
    </message>
    <message>
        <source>write OUT without opening a window: .pdf (the report, or one chart with --chart), .png or .svg (a chart: the unit's first unless --chart), .csv (the figures)</source>
        <translation>ghi tệp OUT mà không mở cửa sổ: .pdf (báo cáo, hoặc một biểu đồ nếu có --chart), .png hoặc .svg (một biểu đồ: biểu đồ đầu tiên của đơn vị nếu không có --chart), .csv (số liệu)</translation>
    </message>
    <message>
        <source>print the report without a dialog</source>
        <translation>in báo cáo mà không mở hộp thoại</translation>
    </message>
    <message>
        <source>the print queue (default: the system's default printer)</source>
        <translation>hàng đợi in (mặc định: máy in mặc định của hệ thống)</translation>
    </message>
    <message>
        <source>the unit to export or print (default: the top unit)</source>
        <translation>đơn vị cần xuất hoặc in (mặc định: đơn vị cao nhất)</translation>
    </message>
    <message>
        <source>the chart (series id) to export</source>
        <translation>biểu đồ cần xuất (mã định danh của chuỗi số liệu)</translation>
    </message>
    <message>
        <source>resolution of a PNG (default 300)</source>
        <translation>độ phân giải của tệp PNG (mặc định 300)</translation>
    </message>
    <message>
        <source>lay the report out in landscape</source>
        <translation>trình bày báo cáo theo khổ ngang</translation>
    </message>
    <message>
        <source>mark the report as confidential</source>
        <translation>đóng dấu "MẬT" trên báo cáo</translation>
    </message>
    <message>
        <source>language of the messages: vi (default) or en</source>
        <translation>ngôn ngữ của thông báo: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>in phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>valid: {units} units ({kinds}); figures: {figures}, series: {series}, warnings: {warnings}</source>
        <translation>hợp lệ: {units} đơn vị ({kinds}); số liệu: {figures}, chuỗi số liệu: {series}, cảnh báo: {warnings}</translation>
    </message>
    <message>
        <source>invalid: errors: {errors}</source>
        <translation>không hợp lệ: số lỗi: {errors}</translation>
    </message>
    <message>
        <source>%1: unknown output format; expected .pdf, .png, .svg or .csv</source>
        <translation>%1: định dạng tệp không được hỗ trợ; cần .pdf, .png, .svg hoặc .csv</translation>
    </message>
    <message>
        <source>--dpi %1: expected a resolution from 30 to 1200</source>
        <translation>--dpi %1: cần độ phân giải từ 30 đến 1200</translation>
    </message>
    <message>
        <source>No unit has the id "%1".</source>
        <translation>Không có đơn vị nào có mã định danh "%1".</translation>
    </message>
    <message>
        <source>"%1" has no chart "%2"; its charts: %3</source>
        <translation>"%1" không có biểu đồ "%2"; các biểu đồ của đơn vị: %3</translation>
    </message>
    <message>
        <source>"%1" has no chart to export.</source>
        <translation>"%1" không có biểu đồ nào để xuất.</translation>
    </message>
    <message>
        <source>No printer is named "%1"; printers: %2</source>
        <translation>Không có máy in tên "%1"; các máy in: %2</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>Máy chưa cài máy in nào.</translation>
    </message>
    <message>
        <source>No default printer is set; choose one with --printer: %1</source>
        <translation>Chưa đặt máy in mặc định; chọn một máy in bằng --printer: %1</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>Đã gửi %1 trang tới %2.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>this is a folder, not a data file</source>
        <translation>đây là một thư mục, không phải tệp dữ liệu</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe or a device); expected a data file</source>
        <translation>đây không phải là tệp thông thường (là đường ống hoặc thiết bị); cần một tệp dữ liệu</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>the file is {size} bytes; expected at most {limit} bytes</source>
        <translation>tệp có dung lượng {size} byte; cần không quá {limit} byte</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte} cannot start or continue a character); expected UTF-8: save the file as "UTF-8" (a legacy Vietnamese encoding such as TCVN3 or Windows-1258 is not accepted)</source>
        <translation>tệp không phải văn bản UTF-8 (byte 0x{byte} không thể mở đầu hay nằm trong một ký tự); cần UTF-8: hãy lưu tệp với bảng mã "UTF-8" (không chấp nhận các bảng mã tiếng Việt cũ như TCVN3 hay Windows-1258)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; expected UTF-8: save the file as "UTF-8"</source>
        <translation>tệp là văn bản UTF-16; cần UTF-8: hãy lưu tệp với bảng mã "UTF-8"</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; expected text</source>
        <translation>tệp chứa byte NUL; cần một tệp văn bản</translation>
    </message>
    <message>
        <source>the file is UTF-32 text; expected UTF-8: save the file as "UTF-8"</source>
        <translation>tệp được lưu theo mã UTF-32; cần UTF-8: hãy lưu lại tệp với kiểu mã "UTF-8"</translation>
    </message>
    <message>
        <source>the invisible control character {char} stands here; expected ordinary text: delete it (it often comes from a copy and paste or a wrong conversion of the file)</source>
        <translation>ở đây có ký tự điều khiển không nhìn thấy {char}; cần văn bản bình thường: hãy xóa ký tự này (thường do sao chép, dán hoặc chuyển mã tệp sai)</translation>
    </message>
    <message>
        <source>an invisible byte-order mark (U+FEFF) stands here, as when two files are joined; expected ordinary text: delete it</source>
        <translation>ở đây có dấu thứ tự byte (U+FEFF) không nhìn thấy, như khi hai tệp bị ghép vào nhau; cần văn bản bình thường: hãy xóa dấu này</translation>
    </message>
    <message>
        <source>a tab character indents this line; expected spaces for indentation</source>
        <translation>dòng này được thụt lề bằng ký tự tab; cần thụt lề bằng dấu cách</translation>
    </message>
    <message>
        <source>the file is empty; expected a data file starting with "format: 1"</source>
        <translation>tệp trống; cần một tệp dữ liệu bắt đầu bằng "format: 1"</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>lỗi cú pháp YAML: {problem}</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem} ({context} at line {context_line})</source>
        <translation>lỗi cú pháp YAML: {problem} ({context} ở dòng {context_line})</translation>
    </message>
    <message>
        <source>a second YAML document starts here; expected one document per file</source>
        <translation>một tài liệu YAML thứ hai bắt đầu ở đây; cần mỗi tệp chỉ có một tài liệu</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp;name, *name) are not allowed; expected each value written out</source>
        <translation>không được dùng neo và bí danh của YAML (&amp;name, *name); cần viết đầy đủ từng giá trị</translation>
    </message>
    <message>
        <source>the YAML tag {tag} is not allowed; expected plain values without tags</source>
        <translation>không được dùng thẻ YAML {tag}; cần giá trị thường, không gắn thẻ</translation>
    </message>
    <message>
        <source>the data is nested more than {limit} levels deep; expected at most {limit}</source>
        <translation>dữ liệu lồng nhau sâu hơn {limit} cấp; cần không quá {limit} cấp</translation>
    </message>
    <message>
        <source>this text is {length} characters long; expected at most {limit}</source>
        <translation>đoạn văn bản này dài {length} ký tự; cần không quá {limit} ký tự</translation>
    </message>
    <message>
        <source>the file has more than {limit} units; expected at most {limit}</source>
        <translation>tệp có hơn {limit} đơn vị; cần không quá {limit} đơn vị</translation>
    </message>
    <message>
        <source>a key must be plain text; expected a name such as "title"</source>
        <translation>khóa phải là văn bản thường; cần một tên như "title"</translation>
    </message>
    <message>
        <source>the key "{key}" appears twice (first at line {first_line}); expected each key once</source>
        <translation>khóa "{key}" xuất hiện hai lần (lần đầu ở dòng {first_line}); cần mỗi khóa chỉ xuất hiện một lần</translation>
    </message>
    <message>
        <source>unknown key "{key}"; expected one of: {expected}</source>
        <translation>khóa "{key}" không xác định; cần một trong các khóa: {expected}</translation>
    </message>
    <message>
        <source>unknown key "{key}" (did you mean "{suggestion}"?); expected one of: {expected}</source>
        <translation>khóa "{key}" không xác định (có phải ý bạn là "{suggestion}"?); cần một trong các khóa: {expected}</translation>
    </message>
    <message>
        <source>"{key}" is missing; expected {what}</source>
        <translation>thiếu "{key}"; cần có {what}</translation>
    </message>
    <message>
        <source>found {found}; expected {expected}</source>
        <translation>tìm thấy {found}; cần {expected}</translation>
    </message>
    <message>
        <source>YAML reads {text} here as {read_as}; expected {expected}: put it in quotes ("{text}") if text is meant</source>
        <translation>YAML hiểu {text} ở đây là {read_as}; cần {expected}: hãy đặt trong dấu ngoặc kép ("{text}") nếu muốn ghi văn bản</translation>
    </message>
    <message>
        <source>the number {text} has a leading zero, which YAML may read as octal; expected a number without leading zeros, or text in quotes</source>
        <translation>số {text} có chữ số 0 ở đầu nên YAML có thể hiểu là số bát phân; cần một số không có chữ số 0 ở đầu, hoặc văn bản đặt trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>{text} is not a number; expected digits such as 53538 (no separators)</source>
        <translation>{text} không phải là số; cần các chữ số như 53538 (không có dấu phân cách)</translation>
    </message>
    <message>
        <source>found the text "{text}"; expected a number without quotes</source>
        <translation>tìm thấy văn bản "{text}"; cần một số không đặt trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>{text} is not a finite number; expected a count or an amount</source>
        <translation>{text} không phải là số hữu hạn; cần một số đếm hoặc một giá trị cụ thể</translation>
    </message>
    <message>
        <source>the number {text} is too large to draw exactly; expected at most 9007199254740991 (2^53 − 1)</source>
        <translation>số {text} quá lớn để biểu diễn chính xác; cần không quá 9007199254740991 (2^53 − 1)</translation>
    </message>
    <message>
        <source>the count {value} is negative; expected zero or more</source>
        <translation>số đếm {value} là số âm; cần từ 0 trở lên</translation>
    </message>
    <message>
        <source>{text} is written with a thousands separator; expected a whole number in digits only: {digits}</source>
        <translation>{text} được viết có dấu phân cách hàng nghìn; cần một số nguyên chỉ gồm chữ số: {digits}</translation>
    </message>
    <message>
        <source>{text} is read as a decimal number; if {digits} is meant, write it without the dot</source>
        <translation>{text} được đọc là số thập phân; nếu muốn ghi {digits} thì viết không có dấu chấm</translation>
    </message>
    <message>
        <source>{text} is not a whole number; expected a whole number</source>
        <translation>{text} không phải là số nguyên; cần một số nguyên</translation>
    </message>
    <message>
        <source>count is {value}; expected 1 or more</source>
        <translation>"count" bằng {value}; cần từ 1 trở lên</translation>
    </message>
    <message>
        <source>"{text}" is not a date or period; expected a year (2013), a date (2010-03-31), a month (2013-06), a quarter (2010-Q1) or a span of years (2010–2013)</source>
        <translation>"{text}" không phải là ngày hay kỳ hợp lệ; cần một năm (2013), một ngày (2010-03-31), một tháng (2013-06), một quý (2010-Q1) hoặc một khoảng năm (2010–2013)</translation>
    </message>
    <message>
        <source>"{text}" is not allowed here; expected one of: {expected}</source>
        <translation>"{text}" không được phép ở đây; cần một trong: {expected}</translation>
    </message>
    <message>
        <source>"{text}" is not allowed here (did you mean "{suggestion}"?); expected one of: {expected}</source>
        <translation>"{text}" không được phép ở đây (có phải ý bạn là "{suggestion}"?); cần một trong: {expected}</translation>
    </message>
    <message>
        <source>format {text} is not supported; expected format: 1</source>
        <translation>không hỗ trợ phiên bản định dạng {text}; cần format: 1</translation>
    </message>
    <message>
        <source>"{text}" is not a valid id; expected letters, digits, "-", "_", "." or ":", starting with a letter or digit</source>
        <translation>"{text}" không phải là mã hợp lệ; cần chữ cái không dấu (a–z, A–Z), chữ số, "-", "_", "." hoặc ":", bắt đầu bằng chữ cái hoặc chữ số</translation>
    </message>
    <message>
        <source>this text is empty; expected {what}</source>
        <translation>văn bản này trống; cần có {what}</translation>
    </message>
    <message>
        <source>the {what} id "{id}" is used twice (first at line {first_line}); expected unique ids</source>
        <translation>mã "{id}" của {what} được dùng hai lần (lần đầu ở dòng {first_line}); cần các mã không trùng nhau</translation>
    </message>
    <message>
        <source>no source has the id "{id}"; expected one of: {expected}</source>
        <translation>không có nguồn nào mang mã "{id}"; cần một trong: {expected}</translation>
    </message>
    <message>
        <source>unknown measure "{id}"; expected a measure declared under "measures" or one of: {expected}</source>
        <translation>chỉ tiêu "{id}" không xác định; cần một chỉ tiêu khai báo trong "measures" hoặc một trong: {expected}</translation>
    </message>
    <message>
        <source>unknown measure "{id}" (did you mean "{suggestion}"?); expected a measure declared under "measures" or one of: {expected}</source>
        <translation>chỉ tiêu "{id}" không xác định (có phải ý bạn là "{suggestion}"?); cần một chỉ tiêu khai báo trong "measures" hoặc một trong: {expected}</translation>
    </message>
    <message>
        <source>a unit of kind "{child}" cannot stand under a unit of kind "{parent}"; expected a lower level ({expected})</source>
        <translation>đơn vị loại "{child}" không thể trực thuộc đơn vị loại "{parent}"; cần một cấp thấp hơn ({expected})</translation>
    </message>
    <message>
        <source>a point of a line series needs "period"; expected a year or a date</source>
        <translation>điểm của chuỗi loại "line" thiếu "period"; cần một năm hoặc một ngày</translation>
    </message>
    <message>
        <source>a point of a {type} series needs "category"; expected the name of a bar</source>
        <translation>điểm của chuỗi loại "{type}" thiếu "category"; cần tên của một cột</translation>
    </message>
    <message>
        <source>this series already has a point for {where} (line {first_line}); expected one point each</source>
        <translation>chuỗi này đã có một điểm cho {where} (dòng {first_line}); cần mỗi mốc chỉ có một điểm</translation>
    </message>
    <message>
        <source>the rule "{text}" cannot be read; expected a rule such as "villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2013"</source>
        <translation>không đọc được quy tắc "{text}"; cần một quy tắc như "villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2013"</translation>
    </message>
    <message>
        <source>the rule names {term}, which this unit does not report; expected a reported figure</source>
        <translation>quy tắc dùng {term}, nhưng đơn vị này không có số liệu đó; cần một số liệu mà đơn vị có báo cáo</translation>
    </message>
    <message>
        <source>this figure names no source; expected "source" with a source id</source>
        <translation>số liệu này không ghi nguồn; cần "source" kèm mã của một nguồn</translation>
    </message>
    <message>
        <source>the children's {measure} add up to {total}, more than this unit's own figure {own}</source>
        <translation>tổng chỉ tiêu "{measure}" của các đơn vị cấp dưới là {total}, lớn hơn số liệu của chính đơn vị này ({own})</translation>
    </message>
    <message>
        <source>the children's {measure} add up to {total}, but this unit's own figure is {own}</source>
        <translation>tổng chỉ tiêu "{measure}" của các đơn vị cấp dưới là {total}, nhưng số liệu của chính đơn vị này là {own}</translation>
    </message>
    <message>
        <source>the data lists {listed} units counted by {measure}, more than this unit's figure {own}</source>
        <translation>dữ liệu liệt kê {listed} đơn vị được tính vào chỉ tiêu "{measure}", nhiều hơn số liệu của đơn vị này ({own})</translation>
    </message>
    <message>
        <source>the rule "{rule}" does not hold: {left} ≠ {right}</source>
        <translation>quy tắc "{rule}" không đúng: {left} ≠ {right}</translation>
    </message>
    <message>
        <source>the parts of series "{series}" add up to {sum}, but its total is {total}</source>
        <translation>các phần của chuỗi "{series}" cộng lại là {sum}, nhưng tổng của chuỗi là {total}</translation>
    </message>
    <message>
        <source>this unit stands for {count} unnamed units but has no note; expected a note saying how the number follows from the sources</source>
        <translation>đơn vị này đại diện cho {count} đơn vị không nêu tên nhưng không có ghi chú; cần một ghi chú giải thích con số này được suy ra từ các nguồn như thế nào</translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation>một ánh xạ (các dòng dạng khóa: giá trị)</translation>
    </message>
    <message>
        <source>a list (lines starting with "- ")</source>
        <translation>một danh sách (các dòng bắt đầu bằng "- ")</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a year or a date</source>
        <translation>một năm hoặc một ngày</translation>
    </message>
    <message>
        <source>nothing (an empty value)</source>
        <translation>giá trị rỗng (không có gì)</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>một giá trị có/không</translation>
    </message>
    <message>
        <source>an octal number</source>
        <translation>một số bát phân</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>một ngày tháng</translation>
    </message>
    <message>
        <source>a base-60 number</source>
        <translation>một số cơ số 60</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>một số thập phân</translation>
    </message>
    <message>
        <source>the id of a source</source>
        <translation>mã của một nguồn</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>a kind of unit</source>
        <translation>loại đơn vị</translation>
    </message>
    <message>
        <source>the format version (format: 1)</source>
        <translation>phiên bản định dạng (format: 1)</translation>
    </message>
    <message>
        <source>the data's title and date (metadata)</source>
        <translation>tiêu đề và ngày của dữ liệu (metadata)</translation>
    </message>
    <message>
        <source>the top unit of the tree (root)</source>
        <translation>đơn vị cao nhất của cây (root)</translation>
    </message>
    <message>
        <source>the figure's value (or null if not reported)</source>
        <translation>giá trị của số liệu (hoặc null nếu chưa có số liệu)</translation>
    </message>
    <message>
        <source>the points of the series</source>
        <translation>các điểm của chuỗi số liệu</translation>
    </message>
    <message>
        <source>the series type</source>
        <translation>loại chuỗi số liệu</translation>
    </message>
    <message>
        <source>the document's number</source>
        <translation>số hiệu văn bản</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>quy tắc</translation>
    </message>
    <message>
        <source>the name of a bar (category)</source>
        <translation>tên của một cột (category)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>series</source>
        <translation>chuỗi số liệu</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation>gặp ký tự không thể mở đầu một thành phần</translation>
    </message>
    <message>
        <source>could not find expected ':'</source>
        <translation>không thấy dấu ':' cần có</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>tệp kết thúc bất ngờ</translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation>gặp ký tự thoát (\) không hợp lệ</translation>
    </message>
    <message>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>không thấy chữ cái hoặc chữ số cần có</translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation>không được đặt cặp khóa: giá trị ở chỗ này</translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation>không được đặt cặp khóa: giá trị ở đây</translation>
    </message>
    <message>
        <source>block sequence entries are not allowed in this context</source>
        <translation>không được đặt mục danh sách ("- ") ở chỗ này</translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation>gặp ký tự tab làm sai thụt lề (chỉ dùng dấu cách)</translation>
    </message>
    <message>
        <source>found a tab character where an indentation space is expected</source>
        <translation>gặp ký tự tab ở chỗ cần dấu cách thụt lề</translation>
    </message>
    <message>
        <source>did not find expected comment or line break</source>
        <translation>không thấy chú thích hoặc xuống dòng cần có</translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation>không thấy khóa cần có (có thể sai thụt lề)</translation>
    </message>
    <message>
        <source>did not find expected '-' indicator</source>
        <translation>không thấy dấu '-' của mục danh sách (có thể sai thụt lề)</translation>
    </message>
    <message>
        <source>did not find expected ',' or ']'</source>
        <translation>không thấy dấu ',' hoặc ']' cần có</translation>
    </message>
    <message>
        <source>did not find expected ',' or '}'</source>
        <translation>không thấy dấu ',' hoặc '}' cần có</translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation>không thấy giá trị cần có</translation>
    </message>
    <message>
        <source>found undefined tag handle</source>
        <translation>gặp thẻ (tag) chưa được định nghĩa</translation>
    </message>
    <message>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>không thấy điểm bắt đầu tài liệu (---) cần có</translation>
    </message>
    <message>
        <source>found incompatible YAML document</source>
        <translation>gặp tài liệu YAML không tương thích</translation>
    </message>
    <message>
        <source>found unexpected document indicator</source>
        <translation>gặp dấu hiệu tài liệu (--- hoặc ...) không đúng chỗ</translation>
    </message>
    <message>
        <source>while parsing a block mapping</source>
        <translation>khi đọc nhóm khóa: giá trị</translation>
    </message>
    <message>
        <source>while parsing a block collection</source>
        <translation>khi đọc danh sách</translation>
    </message>
    <message>
        <source>while parsing a flow sequence</source>
        <translation>khi đọc danh sách trong ngoặc [ ]</translation>
    </message>
    <message>
        <source>while parsing a flow mapping</source>
        <translation>khi đọc nhóm trong ngoặc { }</translation>
    </message>
    <message>
        <source>while scanning a simple key</source>
        <translation>khi đọc một khóa</translation>
    </message>
    <message>
        <source>while scanning a quoted scalar</source>
        <translation>khi đọc chuỗi trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>while scanning a plain scalar</source>
        <translation>khi đọc một giá trị</translation>
    </message>
    <message>
        <source>while scanning a block scalar</source>
        <translation>khi đọc khối văn bản</translation>
    </message>
    <message>
        <source>while parsing a block node</source>
        <translation>khi đọc một giá trị</translation>
    </message>
    <message>
        <source>while parsing a flow node</source>
        <translation>khi đọc một giá trị trong ngoặc</translation>
    </message>
    <message>
        <source>while scanning an anchor</source>
        <translation>khi đọc một neo (&amp;)</translation>
    </message>
    <message>
        <source>while scanning an alias</source>
        <translation>khi đọc một bí danh (*)</translation>
    </message>
    <message>
        <source>while scanning a tag</source>
        <translation>khi đọc một thẻ (!)</translation>
    </message>
    <message>
        <source>while scanning a directive</source>
        <translation>khi đọc một chỉ thị (%)</translation>
    </message>
    <message>
        <source>while increasing flow level</source>
        <translation>khi mở thêm một cấp ngoặc</translation>
    </message>
    <message>
        <source>while parsing a node</source>
        <translation>khi đọc một giá trị</translation>
    </message>
    <message>
        <source>did not find expected hexdecimal number</source>
        <translation>không thấy số hệ mười sáu cần có (sau dấu \ trong chuỗi có ngoặc kép)</translation>
    </message>
    <message>
        <source>found invalid Unicode character escape code</source>
        <translation>gặp mã thoát ký tự Unicode không hợp lệ</translation>
    </message>
    <message>
        <source>while parsing a quoted scalar</source>
        <translation>khi đọc chuỗi trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>found duplicate %YAML directive</source>
        <translation>gặp chỉ thị %YAML hai lần</translation>
    </message>
    <message>
        <source>while scanning for the next token</source>
        <translation>khi tìm thành phần tiếp theo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
</context>
</TS>