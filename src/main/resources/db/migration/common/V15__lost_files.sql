-- A decided file that is no longer where it was registered (nor found already moved): settled once as
-- lost, on the night found so (lost_on, which the run report of that night lists with lost_note), and
-- marked moved so that it is not looked for again every night. Its decision stays as it was.
alter table input_file add column lost_on date;
alter table input_file add column lost_note varchar(1000);
