-- register looks up every discovered file's hash among the 问题清单 the job wrote (V14): by index, as the
-- table grows by a city's files every night.
create index input_file_error_workbook_sha256 on input_file (error_workbook_sha256);
