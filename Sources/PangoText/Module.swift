/// Module PangoText; see README.md, "Architecture".
public enum PangoTextModule {}
