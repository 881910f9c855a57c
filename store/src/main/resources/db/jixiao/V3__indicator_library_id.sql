-- jixiao store, schema version 3: an indicator's 指标库 id as its targets name it (library: / 指标库编码), so that
-- the 审核 of a stored year matches its library entry by id as the 审核 of a targets file does.
ALTER TABLE indicator ADD COLUMN library_id VARCHAR(100);
