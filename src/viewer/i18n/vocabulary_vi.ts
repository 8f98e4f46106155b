<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Vocabulary</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District-level Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc or agency Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district-level organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bloc or agency organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other subordinate organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other grassroots organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages without a Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cells formed in villages without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots organisations assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate organisations that held their congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/yyyy</source>
        <comment>month format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
