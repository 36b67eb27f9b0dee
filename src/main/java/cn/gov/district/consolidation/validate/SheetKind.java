package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.HeaderField;

/** The kinds of sheet a submission has, with their names and header fields (spec §2). */
enum SheetKind {

	INFO(List.of("基本信息", "基本情况", "填报信息"), List.of()),

	INDICATORS(List.of("指标完成情况", "指标", "主要指标", "主要指标完成情况", "指标完成"),
			List.of(new HeaderField(Fields.NAME, List.of("指标名称", "指标", "项目", "指标项目", "指标名"), true),
					new HeaderField(Fields.CODE, List.of("指标编码", "编码", "指标代码"), false),
					new HeaderField(Fields.UNIT, List.of("单位", "计量单位"), false),
					new HeaderField(Fields.TARGET, List.of("年度目标", "全年目标", "目标任务", "年度目标任务", "目标"), false),
					new HeaderField(Fields.ACTUAL, List.of("本期完成", "完成值", "累计完成", "完成", "完成数", "本期累计完成"), true),
					new HeaderField(Fields.GROWTH, List.of("同比增长(%)", "同比增长", "同比", "增速(%)", "增速", "同比增减(%)"), false),
					new HeaderField(Fields.COMPLETION_RATE, List.of("完成率(%)", "完成率", "完成进度(%)", "完成进度", "完成比例"), false),
					new HeaderField(Fields.REMARK, List.of("备注", "说明"), false),
					new HeaderField(Fields.STREET, List.of("街道名称", "街道"), false),
					new HeaderField(Fields.PERIOD, List.of("报送期间", "期间", "统计期间"), false))),

	PROJECTS(List.of("重点项目", "重点项目情况", "重点项目进展", "项目"),
			List.of(new HeaderField(Fields.NAME, List.of("项目名称", "名称"), true),
					new HeaderField(Fields.TYPE, List.of("项目类型", "类型"), false),
					new HeaderField(Fields.TOTAL, List.of("总投资", "项目总投资", "计划总投资"), false),
					new HeaderField(Fields.PLAN, List.of("年度计划投资", "年度计划", "年度投资计划", "本年计划投资"), true),
					new HeaderField(Fields.CUMULATIVE, List.of("累计完成投资", "累计完成", "完成投资", "本年累计完成投资"), true),
					new HeaderField(Fields.UNIT, List.of("单位", "计量单位"), false),
					new HeaderField(Fields.STATUS, List.of("项目状态", "状态", "进展情况"), false),
					new HeaderField(Fields.COMPLETION, List.of("计划竣工", "计划竣工时间", "竣工时间"), false),
					new HeaderField(Fields.REMARK, List.of("备注", "说明"), false),
					new HeaderField(Fields.STREET, List.of("街道名称", "街道"), false),
					new HeaderField(Fields.PERIOD, List.of("报送期间", "期间", "统计期间"), false)));

	private final List<String> sheetNames;

	private final List<HeaderField> fields;

	SheetKind(List<String> sheetNames, List<HeaderField> fields) {
		this.sheetNames = sheetNames;
		this.fields = fields;
	}

	List<HeaderField> fields() {
		return fields;
	}

	/** The kind a sheet's name says, or {@code null} when the name says nothing. */
	static SheetKind byName(String sheetName) {
		String folded = CellText.fold(sheetName);
		for (SheetKind kind : values()) {
			if (kind.sheetNames.contains(folded)) {
				return kind;
			}
		}
		// CSV sheets are named after the file: 东关街道_2022年1-11月_重点项目
		if (folded.endsWith("重点项目") || folded.endsWith("重点项目情况")) {
			return PROJECTS;
		}
		if (folded.endsWith("_指标") || folded.endsWith("指标完成情况")) {
			return INDICATORS;
		}
		return null;
	}

	/** The logical field keys, with the Chinese labels used in findings. */
	static final class Fields {

		static final String NAME = "名称";

		static final String CODE = "指标编码";

		static final String UNIT = "单位";

		static final String TARGET = "年度目标";

		static final String ACTUAL = "本期完成";

		static final String GROWTH = "同比增长(%)";

		static final String COMPLETION_RATE = "完成率(%)";

		static final String REMARK = "备注";

		static final String STREET = "街道名称";

		static final String PERIOD = "报送期间";

		static final String TYPE = "项目类型";

		static final String TOTAL = "总投资";

		static final String PLAN = "年度计划投资";

		static final String CUMULATIVE = "累计完成投资";

		static final String STATUS = "项目状态";

		static final String COMPLETION = "计划竣工";

		private Fields() {
		}
	}
}
