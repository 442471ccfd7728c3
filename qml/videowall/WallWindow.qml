// SPDX-License-Identifier: GPL-3.0-or-later
// The video wall: its own top-level window (F11: full screen on the monitor it is on).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import CityCommand.VideoWall

ApplicationWindow {
    id: win
    required property WallController wall
    width: 1600
    height: 900
    title: qsTr("CityCommand — Video wall")
    color: "#0b121d"
    palette.window: "#0f1724"
    palette.windowText: "#d0d8e4"
    palette.base: "#111b2a"
    palette.text: "#d0d8e4"
    palette.button: "#131e2f"
    palette.buttonText: "#d0d8e4"
    palette.highlight: "#1f3a5f"
    palette.highlightedText: "#ffffff"
    palette.placeholderText: "#6b7d94"

    Shortcut { sequence: "F11"; onActivated: win.visibility === Window.FullScreen ? win.showNormal() : win.showFullScreen() }
    Shortcut { sequence: "Esc"; onActivated: win.wall.focusedTile >= 0 ? win.wall.toggleFocus(win.wall.focusedTile) : win.showNormal() }

    header: ToolBar {
        background: Rectangle { color: "#0b121d" }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            spacing: 4
            Label { text: qsTr("Layout"); color: "#9fb0c6" }
            Repeater {
                model: win.wall.layoutNames
                ToolButton {
                    required property string modelData
                    text: modelData
                    checkable: true
                    checked: win.wall.layoutName === modelData && win.wall.focusedTile < 0
                    onClicked: win.wall.setLayout(modelData)
                }
            }
            ToolSeparator {}
            Label { text: qsTr("Tour"); color: "#9fb0c6" }
            ComboBox {
                id: tourSection
                implicitWidth: 160
                model: [qsTr("All cameras")].concat(win.wall.cameras.sections())
            }
            SpinBox { id: dwell; from: 10; to: 600; value: 15; editable: true }
            ToolButton {
                text: win.wall.tourRunning ? qsTr("Stop") : qsTr("Start")
                onClicked: win.wall.tourRunning ? win.wall.stopTour()
                                            : win.wall.startTour(tourSection.currentIndex === 0 ? "" : tourSection.currentText, dwell.value)
            }
            ToolButton {
                enabled: win.wall.tourRunning
                text: win.wall.tourPaused ? qsTr("Resume") : qsTr("Pause")
                onClicked: win.wall.tourPaused ? win.wall.resumeTour() : win.wall.pauseTour()
            }
            Label {
                visible: win.wall.tourRunning
                color: "#e0b040"
                text: win.wall.tourPaused ? qsTr("paused") : qsTr("next page in %1 s").arg(win.wall.tourSecondsLeft)
            }
            ToolSeparator {}
            ComboBox {
                id: presets
                implicitWidth: 130
                model: win.wall.presetNames
                displayText: qsTr("Presets")
                onActivated: (i) => win.wall.loadPreset(win.wall.presetNames[i])
            }
            TextField { id: presetName; implicitWidth: 110; placeholderText: qsTr("Preset name") }
            ToolButton { text: qsTr("Save"); enabled: presetName.text.length > 0; onClicked: { win.wall.savePreset(presetName.text); presetName.text = "" } }
            ToolSeparator {}
            // Every shown tile plays its recording from N minutes ago, in step.
            Label { text: qsTr("Playback"); color: "#9fb0c6" }
            SpinBox { id: playbackMinutes; from: 1; to: 1440; value: 5; editable: true; enabled: win.wall.canPlayBack }
            Label { text: qsTr("min ago"); color: "#9fb0c6" }
            ToolButton { text: qsTr("Synchronized playback"); enabled: win.wall.canPlayBack; onClicked: win.wall.playbackAll(win.wall.minutesAgoMs(playbackMinutes.value)) }
            ToolButton { text: qsTr("All live"); enabled: win.wall.canPlayBack; onClicked: win.wall.allBackToLive() }
            Item { Layout.fillWidth: true }
            CheckBox { text: qsTr("Stats"); checked: win.wall.showStats; onToggled: win.wall.showStats = checked }
            ToolButton { text: win.visibility === Window.FullScreen ? qsTr("Window") : qsTr("Full screen"); onClicked: win.visibility === Window.FullScreen ? win.showNormal() : win.showFullScreen() }
        }
    }

    SplitView {
        anchors.fill: parent
        CameraPanel {
            wall: win.wall
            SplitView.preferredWidth: 270
            SplitView.minimumWidth: 180
            onCameraActivated: (id) => {
                for (let i = 0; i < win.wall.cells.length; ++i) {
                    const t = win.wall.tiles[win.wall.cells[i].tile]
                    if (t.cameraId === "") { win.wall.assignCamera(t.index, id); return }
                }
                win.wall.assignCamera(win.wall.cells[0].tile, id)
            }
        }
        Item {
            id: grid
            SplitView.fillWidth: true
            Repeater {
                model: win.wall.cells
                Tile {
                    required property var modelData
                    wall: win.wall
                    tileIndex: modelData.tile
                    tile: win.wall.tiles[modelData.tile]
                    x: modelData.x * grid.width / win.wall.columns
                    y: modelData.y * grid.height / win.wall.rows
                    width: modelData.w * grid.width / win.wall.columns
                    height: modelData.h * grid.height / win.wall.rows
                }
            }
        }
    }

    footer: Label {
        padding: 4
        text: win.wall.message
        color: "#8fa3bd"
        background: Rectangle { color: "#0b121d" }
    }
}
