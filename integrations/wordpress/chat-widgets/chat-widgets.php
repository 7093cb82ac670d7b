<?php
/**
 * Plugin Name: chat-widgets
 * Description: A ChatKit chat on any page: the [chat_widgets] shortcode prints the <chat-widgets> element, configured by its attributes and by Settings → chat-widgets.
 * Version: 0.1.0
 * Requires at least: 6.5
 * Requires PHP: 7.4
 * License: MIT
 *
 * The shortcode prints only the element and its attributes, every value escaped with esc_attr; the
 * element's script is enqueued once, as an ES module, from the plugin's own copy of the CDN build
 * (assets/chat-widgets.js) or from the URL set in the settings.
 */

if (!defined('ABSPATH')) {
	exit;
}

const CHAT_WIDGETS_VERSION = '0.1.0';
const CHAT_WIDGETS_OPTION = 'chat_widgets_settings';

/**
 * Shortcode attribute (underscores, as WordPress writes them) => element attribute, and whether
 * it is a boolean attribute (present or absent) rather than a value.
 */
function chat_widgets_attributes() {
	return array(
		'api_url'           => array('api-url', false),
		'domain_key'        => array('domain-key', false),
		'initial_thread'    => array('initial-thread', false),
		'theme'             => array('theme', false),
		'locale'            => array('locale', false),
		'placeholder'       => array('placeholder', false),
		'greeting'          => array('greeting', false),
		'entity_search_url' => array('entity-search-url', false),
		'tools'             => array('tools', false),
		'models'            => array('models', false),
		'no_header'         => array('no-header', true),
		'no_history'        => array('no-history', true),
		'history_rename'    => array('history-rename', true),
		'history_delete'    => array('history-delete', true),
		'no_auto_scroll'    => array('no-auto-scroll', true),
	);
}

/** The saved settings, with every key present. */
function chat_widgets_settings() {
	$defaults = array(
		'api_url'        => '',
		'script_url'     => '',
		'theme'          => 'auto',
		'greeting'       => '',
		'placeholder'    => '',
		'history_rename' => '',
		'history_delete' => '',
	);
	$saved = get_option(CHAT_WIDGETS_OPTION, array());
	return array_merge($defaults, is_array($saved) ? $saved : array());
}

/** An http(s) URL or a path on this site (`/chatkit`); anything else is dropped. */
function chat_widgets_clean_url($url) {
	$url = trim((string) $url);
	if ($url === '') {
		return '';
	}
	if (preg_match('#^/(?!/)#', $url) || preg_match('#^https?://[^\s/?\#]+#i', $url)) {
		return esc_url_raw($url);
	}
	return '';
}

/** A shortcode or settings flag: "1", "true", "yes", "on" (or the bare attribute) mean on. */
function chat_widgets_flag($value) {
	return in_array(strtolower(trim((string) $value)), array('1', 'true', 'yes', 'on'), true);
}

/** The settings page's values, cleaned before they are saved. */
function chat_widgets_sanitize_settings($input) {
	$input = is_array($input) ? $input : array();
	$theme = isset($input['theme']) ? (string) $input['theme'] : 'auto';
	return array(
		'api_url'        => chat_widgets_clean_url(isset($input['api_url']) ? $input['api_url'] : ''),
		'script_url'     => chat_widgets_clean_url(isset($input['script_url']) ? $input['script_url'] : ''),
		'theme'          => in_array($theme, array('light', 'dark', 'auto'), true) ? $theme : 'auto',
		'greeting'       => sanitize_text_field(isset($input['greeting']) ? $input['greeting'] : ''),
		'placeholder'    => sanitize_text_field(isset($input['placeholder']) ? $input['placeholder'] : ''),
		'history_rename' => !empty($input['history_rename']) ? '1' : '',
		'history_delete' => !empty($input['history_delete']) ? '1' : '',
	);
}

/** Where the element's script comes from: the configured URL, else the plugin's own copy. */
function chat_widgets_script_url() {
	$settings = chat_widgets_settings();
	if ($settings['script_url'] !== '') {
		return $settings['script_url'];
	}
	return plugins_url('assets/chat-widgets.js', __FILE__);
}

/** Enqueues the element's script once, as an ES module. */
function chat_widgets_enqueue() {
	$url = chat_widgets_script_url();
	if (function_exists('wp_enqueue_script_module')) {
		wp_enqueue_script_module('chat-widgets', $url, array(), CHAT_WIDGETS_VERSION);
		return;
	}
	// Before WordPress 6.5: a classic registration, printed with type="module" by the filter below.
	wp_enqueue_script('chat-widgets', $url, array(), CHAT_WIDGETS_VERSION, true);
}

/** Before WordPress 6.5: prints the element's script tag as a module. */
function chat_widgets_module_tag($tag, $handle, $src) {
	if ($handle !== 'chat-widgets') {
		return $tag;
	}
	return '<script type="module" src="' . esc_url($src) . '"></script>' . "\n";
}

/**
 * [chat_widgets api_url="/chatkit" theme="dark" greeting="Hello" history_rename="1"]: the
 * settings give the defaults, the shortcode's attributes override them; unknown attributes are
 * ignored. Every value is escaped; the element validates its own attributes as well.
 */
function chat_widgets_shortcode($atts) {
	$settings = chat_widgets_settings();
	$defaults = array();
	foreach (chat_widgets_attributes() as $key => $spec) {
		$defaults[$key] = isset($settings[$key]) ? $settings[$key] : '';
	}
	// A bare attribute ([chat_widgets history_rename]) arrives as a numeric key.
	$atts = is_array($atts) ? $atts : array();
	foreach ($atts as $key => $value) {
		if (is_int($key)) {
			$atts[strtolower((string) $value)] = '1';
			unset($atts[$key]);
		}
	}
	$atts = shortcode_atts($defaults, $atts, 'chat_widgets');
	$atts['api_url'] = chat_widgets_clean_url($atts['api_url']);
	$atts['entity_search_url'] = chat_widgets_clean_url($atts['entity_search_url']);

	$html = '<chat-widgets';
	foreach (chat_widgets_attributes() as $key => $spec) {
		list($name, $boolean) = $spec;
		$value = (string) $atts[$key];
		if ($boolean) {
			if (chat_widgets_flag($value)) {
				$html .= ' ' . $name;
			}
		} elseif ($value !== '') {
			$html .= ' ' . $name . '="' . esc_attr($value) . '"';
		}
	}
	$html .= '></chat-widgets>';

	chat_widgets_enqueue();
	return $html;
}

/** Settings → chat-widgets. */
function chat_widgets_admin_menu() {
	add_options_page('chat-widgets', 'chat-widgets', 'manage_options', 'chat-widgets', 'chat_widgets_settings_page');
}

function chat_widgets_register_settings() {
	register_setting('chat_widgets', CHAT_WIDGETS_OPTION, array(
		'type'              => 'array',
		'sanitize_callback' => 'chat_widgets_sanitize_settings',
		'default'           => array(),
	));
}

function chat_widgets_settings_page() {
	if (!current_user_can('manage_options')) {
		return;
	}
	$s = chat_widgets_settings();
	$name = function ($key) {
		return esc_attr(CHAT_WIDGETS_OPTION . '[' . $key . ']');
	};
	?>
	<div class="wrap">
		<h1>chat-widgets</h1>
		<p>Put <code>[chat_widgets]</code> in a page or post. Its attributes (<code>api_url</code>, <code>theme</code>, <code>greeting</code>, <code>placeholder</code>, <code>history_rename</code>, …) override these defaults.</p>
		<form method="post" action="options.php">
			<?php settings_fields('chat_widgets'); ?>
			<table class="form-table" role="presentation">
				<tr><th scope="row"><label for="cw-api-url">ChatKit endpoint</label></th>
					<td><input id="cw-api-url" class="regular-text" type="text" name="<?php echo $name('api_url'); ?>" value="<?php echo esc_attr($s['api_url']); ?>" placeholder="/chatkit"></td></tr>
				<tr><th scope="row"><label for="cw-script-url">Script URL</label></th>
					<td><input id="cw-script-url" class="regular-text" type="text" name="<?php echo $name('script_url'); ?>" value="<?php echo esc_attr($s['script_url']); ?>">
					<p class="description">Empty: the plugin's own copy (assets/chat-widgets.js).</p></td></tr>
				<tr><th scope="row"><label for="cw-theme">Theme</label></th>
					<td><select id="cw-theme" name="<?php echo $name('theme'); ?>">
						<?php foreach (array('auto', 'light', 'dark') as $t) : ?>
							<option value="<?php echo esc_attr($t); ?>" <?php selected($s['theme'], $t); ?>><?php echo esc_html($t); ?></option>
						<?php endforeach; ?>
					</select></td></tr>
				<tr><th scope="row"><label for="cw-greeting">Greeting</label></th>
					<td><input id="cw-greeting" class="regular-text" type="text" name="<?php echo $name('greeting'); ?>" value="<?php echo esc_attr($s['greeting']); ?>"></td></tr>
				<tr><th scope="row"><label for="cw-placeholder">Composer placeholder</label></th>
					<td><input id="cw-placeholder" class="regular-text" type="text" name="<?php echo $name('placeholder'); ?>" value="<?php echo esc_attr($s['placeholder']); ?>"></td></tr>
				<tr><th scope="row">History</th>
					<td><label><input type="checkbox" name="<?php echo $name('history_rename'); ?>" value="1" <?php checked($s['history_rename'], '1'); ?>> Offer rename</label><br>
					<label><input type="checkbox" name="<?php echo $name('history_delete'); ?>" value="1" <?php checked($s['history_delete'], '1'); ?>> Offer delete</label></td></tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

add_shortcode('chat_widgets', 'chat_widgets_shortcode');
add_filter('script_loader_tag', 'chat_widgets_module_tag', 10, 3);
add_action('admin_menu', 'chat_widgets_admin_menu');
add_action('admin_init', 'chat_widgets_register_settings');
