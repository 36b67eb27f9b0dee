-- The bytes of a file's name, percent-encoded, where they are not the UTF-8 of file_name (a GBK name
-- unpacked from a Windows zip; file_name holds it decoded): what finds the file in the input folder again.
alter table input_file add column raw_name varchar(2000);
