import CCairo
import ReportLayout

/// Rules, boxes and chart paths.
enum ShapePainter {
    static func line(from: Point, to: Point, stroke: Stroke, on cr: OpaquePointer) {
        cairo_move_to(cr, from.x.value, from.y.value)
        cairo_line_to(cr, to.x.value, to.y.value)
        apply(stroke, on: cr)
        cairo_stroke(cr)
    }

    static func rect(_ rect: Rect, fill: Color?, stroke: Stroke?, on cr: OpaquePointer) {
        cairo_rectangle(cr, rect.minX.value, rect.minY.value, rect.size.width.value, rect.size.height.value)
        finish(fill: fill, stroke: stroke, on: cr)
    }

    static func path(_ points: [Point], closed: Bool, fill: Color?, stroke: Stroke?, on cr: OpaquePointer) {
        guard let first = points.first else { return }
        cairo_move_to(cr, first.x.value, first.y.value)
        for point in points.dropFirst() { cairo_line_to(cr, point.x.value, point.y.value) }
        if closed { cairo_close_path(cr) }
        finish(fill: fill, stroke: stroke, on: cr)
    }

    private static func finish(fill: Color?, stroke: Stroke?, on cr: OpaquePointer) {
        if let fill {
            cairo_set_source_rgb(cr, fill.red, fill.green, fill.blue)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            apply(stroke, on: cr)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private static func apply(_ stroke: Stroke, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, stroke.color.red, stroke.color.green, stroke.color.blue)
        cairo_set_line_width(cr, stroke.width.value)
        let dashes = stroke.dash.map(\.value)
        cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
    }
}
