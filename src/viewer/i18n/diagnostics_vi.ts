<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Diagnostics</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} bytes; expected at most {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte} cannot start or continue a character); expected UTF-8: save the file as &quot;UTF-8&quot; (a legacy Vietnamese encoding such as TCVN3 or Windows-1258 is not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; expected UTF-8: save the file as &quot;UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL byte; expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a data file starting with &quot;format: 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: {problem} ({context} at line {context_line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document starts here; expected one document per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp;name, *name) are not allowed; expected each value written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML tag {tag} is not allowed; expected plain values without tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested more than {limit} levels deep; expected at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is {length} characters long; expected at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than {limit} units; expected at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text; expected a name such as &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears twice (first at line {first_line}); expected each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;; expected one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (did you mean &quot;{suggestion}&quot;?); expected one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is missing; expected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found {found}; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML reads {text} here as {read_as}; expected {expected}: put it in quotes (&quot;{text}&quot;) if text is meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {text} has a leading zero, which YAML may read as octal; expected a number without leading zeros, or text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number; expected digits such as 53538 (no separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found the text &quot;{text}&quot;; expected a number without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a finite number; expected a count or an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {text} is too large to draw exactly; expected at most 9007199254740991 (2^53 − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count {value} is negative; expected zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number; expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count is {value}; expected 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date or period; expected a year (2013), a date (2010-03-31), a month (2013-06), a quarter (2010-Q1) or a span of years (2010–2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not allowed here; expected one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not allowed here (did you mean &quot;{suggestion}&quot;?); expected one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {text} is not supported; expected format: 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a valid id; expected letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; or &quot;:&quot;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is empty; expected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} id &quot;{id}&quot; is used twice (first at line {first_line}); expected unique ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source has the id &quot;{id}&quot;; expected one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &quot;{id}&quot;; expected a measure declared under &quot;measures&quot; or one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &quot;{id}&quot; (did you mean &quot;{suggestion}&quot;?); expected a measure declared under &quot;measures&quot; or one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit of kind &quot;{child}&quot; cannot stand under a unit of kind &quot;{parent}&quot;; expected a lower level ({expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point of a line series needs &quot;period&quot;; expected a year or a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point of a {type} series needs &quot;category&quot;; expected the name of a bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this series already has a point for {where} (line {first_line}); expected one point each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule &quot;{text}&quot; cannot be read; expected a rule such as &quot;villages_without_cell@2013 = villages_without_cell@2010 - new_cells_in_villages@2013&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule names {term}, which this unit does not report; expected a reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this figure names no source; expected &quot;source&quot; with a source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the children&apos;s {measure} add up to {total}, more than this unit&apos;s own figure {own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the children&apos;s {measure} add up to {total}, but this unit&apos;s own figure is {own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data lists {listed} units counted by {measure}, more than this unit&apos;s figure {own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; does not hold: {left} ≠ {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts of series &quot;{series}&quot; add up to {sum}, but its total is {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this unit stands for {count} unnamed units but has no note; expected a note saying how the number follows from the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list (lines starting with &quot;- &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year or a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (an empty value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an octal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base-60 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version (format: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data&apos;s title and date (metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top unit of the tree (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure&apos;s value (or null if not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
