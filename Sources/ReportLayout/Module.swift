/// Module ReportLayout; see README.md, "Architecture".
public enum ReportLayoutModule {}
