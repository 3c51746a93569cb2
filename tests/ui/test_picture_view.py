"""A picture in a widget: the same painter as the PNG and the PDF (the tests' own
``renderkit.Swatches``), with hover and clicks answered by the layout it drew."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSizeF, Qt
from renderkit import Swatches

from counsel_desk.render import pictures
from counsel_desk.ui.picture_view import PictureView

VALUES = [0.3, 0.9, 0.6]


def _centre(rect: tuple[float, ...]) -> QPoint:
    return QRectF(*rect).center().toPoint()


def test_the_widget_paints_the_same_marks_as_an_image(qtbot) -> None:
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(360, 140)
    view.set_picture(Swatches(), VALUES)
    view.show()
    qtbot.waitExposed(view)
    shot = view.grab().toImage()
    assert view.layout_drawn is not None
    _image, layout = pictures.to_image(Swatches(), VALUES, QSizeF(360, 140))
    assert view.layout_drawn.marks == layout.marks  # one painter, one layout
    scale = shot.devicePixelRatio()
    for mark in view.layout_drawn.marks:
        at = _centre(mark.rect) * scale
        assert shot.pixelColor(at).name() == mark.colour


def test_hover_and_click_name_the_mark_under_the_pointer(qtbot) -> None:
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(360, 140)
    view.set_picture(Swatches(), VALUES)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paint once, as the event loop would
    second = view.layout_drawn.marks[1]
    with qtbot.waitSignal(view.hovered) as hovered:
        qtbot.mouseMove(view, _centre(second.rect))
    assert hovered.args == [1]
    with qtbot.waitSignal(view.clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_centre(second.rect))
    assert clicked.args == [1]
    assert view.hit(QRectF(*second.rect).center()).tooltip == "value 0.90"
    with qtbot.waitSignal(view.hovered) as left:
        qtbot.mouseMove(view, QPoint(1, 1))  # above every box: nothing there
    assert left.args == [None]


def test_a_resized_widget_lays_the_picture_out_again(qtbot) -> None:
    view = PictureView()
    qtbot.addWidget(view)
    view.set_picture(Swatches(), VALUES)
    view.resize(300, 120)
    view.show()
    view.grab()
    narrow = view.layout_drawn.marks[2].rect
    view.resize(600, 120)
    view.grab()
    assert view.layout_drawn.marks[2].rect[0] > narrow[0]
    # Where the third box was is now the second one: hits follow the layout last drawn.
    assert view.hit(QRectF(*narrow).center()).key == 1
